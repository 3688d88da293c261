import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, createBackup, mergeTables, readBackup, type UserTables } from '../../src/shared/backup/backup'
import type { Annotation, Collection } from '../../src/shared/model/annotation'
import type { DeskDatabase } from '../../src/renderer/src/db/db'
import { freshDatabases } from '../support/freshDatabase'
import { makeBackup, readUserTables, restoreBackup } from '../../src/renderer/src/features/backup/backupService'
import { KEEP_AUTOMATIC_BACKUPS } from '../../src/shared/backup/rotation'
import { ensureDataset, type FetchText } from '../../src/renderer/src/features/dataset/datasetLoader'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('backup-test')

const note = (id: string, body: string, updated = '2026-03-01T00:00:00.000Z', extra: Partial<Annotation> = {}): Annotation => ({
  id,
  kind: 'note',
  targetType: 'initiative',
  targetId: 'adm-2030',
  body,
  tags: ['chapter-2'],
  links: [],
  created: '2026-03-01T00:00:00.000Z',
  updated,
  deleted: null,
  ...extra
})
const highlight: Annotation = {
  ...note('hl-1', 'why it matters'),
  kind: 'highlight',
  targetType: 'source',
  targetId: 'th-press-release-adgmin5',
  color: 'green',
  links: ['adm-2030'],
  selector: {
    quote: { type: 'TextQuoteSelector', exact: 'Viet Nam has been entrusted', prefix: 'the ', suffix: ' to lead' },
    position: { type: 'TextPositionSelector', start: 100, end: 127 },
    contentHash: 'abc123'
  }
}
const collection: Collection = {
  id: 'col-1',
  name: 'Chapter 2',
  description: 'Masterplans',
  items: [
    { type: 'initiative', id: 'adm-2030' },
    { type: 'annotation', id: 'hl-1' }
  ],
  created: '2026-03-01T00:00:00.000Z',
  updated: '2026-03-01T00:00:00.000Z',
  deleted: null
}
const NONE = { importedSources: [], userInitiatives: [], userMeetings: [], corrections: [], userParties: [] }

const tables = (): UserTables => ({
  ...NONE,
  annotations: [note('n-1', 'First **note**\n\n- a list'), note('n-2', 'In the Trash', '2026-03-02T00:00:00.000Z', { deleted: '2026-03-03T00:00:00.000Z' }), highlight],
  collections: [collection],
  settings: [{ key: 'theme', value: 'dark', updated: '2026-03-01T00:00:00.000Z' }]
})

async function fill(db: DeskDatabase, t: UserTables): Promise<void> {
  await db.annotations.bulkPut(t.annotations)
  await db.collections.bulkPut(t.collections)
  await db.settings.bulkPut(t.settings)
}

const sortTables = (t: UserTables): UserTables => ({
  ...NONE,
  ...t,
  annotations: [...t.annotations].sort((a, b) => a.id.localeCompare(b.id)),
  collections: [...t.collections].sort((a, b) => a.id.localeCompare(b.id)),
  settings: [...t.settings].sort((a, b) => a.key.localeCompare(b.key))
})

describe('backup file', () => {
  it('round-trips every table exactly', async () => {
    const text = await createBackup(tables(), '1.0.0', '2026-03-04T00:00:00.000Z')
    const read = await readBackup(text)
    expect(read.ok && sortTables(read.value.tables)).toEqual(sortTables(tables()))
    expect(read.ok && read.value.header).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '1.0.0', counts: { annotations: 3, collections: 1, settings: 1, importedSources: 0 } })
  })

  it('gives the same bytes for the same data in any order', async () => {
    const t = tables()
    const reversed = { ...t, annotations: [...t.annotations].reverse() }
    expect(await createBackup(reversed, '1', '2026-03-04T00:00:00.000Z')).toBe(await createBackup(t, '1', '2026-03-04T00:00:00.000Z'))
  })

  const corrupt: [string, (text: string) => string, RegExp][] = [
    ['an empty file', () => '', /empty/],
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2)), /incomplete or damaged/],
    ['a foreign JSON file', () => JSON.stringify({ name: 'package', version: '1.0.0' }), /not an ASEAN Digital Desk backup/],
    ['a text file', () => 'Hello, this is a letter.', /not an ASEAN Digital Desk backup/],
    ['an edited note', (t) => t.replace('First **note**', 'First **edited**'), /checksum/],
    ['a newer schema', (t) => t.replace(`"schemaVersion": ${BACKUP_SCHEMA_VERSION}`, `"schemaVersion": ${BACKUP_SCHEMA_VERSION + 1}`), /newer version/],
    ['a damaged header', (t) => t.replace(/"checksum": "[0-9a-f]+"/, '"checksum": "xyz"'), /header is damaged/]
  ]
  for (const [what, damage, message] of corrupt) {
    it(`refuses ${what} with a clear message`, async () => {
      const text = damage(await createBackup(tables(), '1.0.0', '2026-03-04T00:00:00.000Z'))
      const read = await readBackup(text)
      expect(read.ok).toBe(false)
      expect(!read.ok && read.error).toMatch(message)
      expect(!read.ok && read.error).toMatch(/Nothing was changed|not a backup/)
    })
  }

  it('refuses a row that breaks the schema even with a matching checksum', async () => {
    const bad = { ...tables(), annotations: [{ ...note('n-9', 'x'), kind: 'scribble' as never }] }
    const read = await readBackup(await createBackup(bad, '1', '2026-03-04T00:00:00.000Z'))
    expect(!read.ok && read.error).toMatch(/^Backup refused: note “x” \(n-9\): kind must be one of "note", "highlight"/)
  })

  it('upgrades a backup from data version 1 (notes before annotations)', async () => {
    const v1Tables = { notes: [{ id: 'old-1', targetType: 'meeting', targetId: 'adgmin-4', body: 'From version 1', tags: ['old'], created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T00:00:00.000Z' }], settings: [] }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(v1Tables)))
    const checksum = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
    const text = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 1, appVersion: '0.0.1', created: '2025-01-03T00:00:00.000Z', checksum, tables: v1Tables })
    const read = await readBackup(text)
    expect(read.ok && read.value.tables.annotations).toEqual([
      { id: 'old-1', kind: 'note', targetType: 'meeting', targetId: 'adgmin-4', body: 'From version 1', tags: ['old'], links: [], created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T00:00:00.000Z', deleted: null }
    ])
  })
})

describe('merge rules', () => {
  it('keeps rows from both sides, newer updated wins, nothing duplicated', () => {
    const mine = tables()
    const theirs: UserTables = {
      ...NONE,
      annotations: [note('n-1', 'Newer text', '2026-04-01T00:00:00.000Z'), note('n-3', 'Only in the backup'), { ...highlight, body: 'older', updated: '2026-01-01T00:00:00.000Z' }],
      collections: [],
      settings: [{ key: 'theme', value: 'light', updated: '2026-03-01T00:00:00.000Z' }]
    }
    const merged = mergeTables(mine, theirs)
    expect(merged.tables.annotations.map((a) => [a.id, a.body])).toEqual([
      ['hl-1', 'why it matters'],
      ['n-1', 'Newer text'],
      ['n-2', 'In the Trash'],
      ['n-3', 'Only in the backup']
    ])
    expect(merged.tables.settings).toEqual(mine.settings)
    expect(merged).toMatchObject({ added: 1, replaced: 1, kept: 2 })
  })
})

describe('restore into the database', () => {
  it('backs up, clears, restores: every table equal to the original', async () => {
    const db = freshDb()
    await fill(db, tables())
    const { text } = await makeBackup('1.0.0', db)
    await Promise.all([db.annotations.clear(), db.collections.clear(), db.settings.clear()])
    const restored = await restoreBackup(text, 'replace', '1.0.0', db)
    expect(restored.ok).toBe(true)
    expect(sortTables(await readUserTables(db))).toEqual(sortTables(tables()))
  })

  it('replace keeps an automatic backup of what was there first', async () => {
    const db = freshDb()
    await fill(db, tables())
    const other = await createBackup({ ...NONE, annotations: [note('x-1', 'Other machine')], collections: [], settings: [] }, '1', '2026-05-01T00:00:00.000Z')
    const restored = await restoreBackup(other, 'replace', '1.0.0', db)
    expect(restored.ok && restored.value).toMatchObject({ annotations: 1, automaticBackup: true })
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['x-1'])
    const [auto] = await db.backups.toArray()
    expect(auto?.reason).toBe('before a restore')
    // The automatic backup restores what was replaced.
    await restoreBackup(auto!.content, 'replace', '1.0.0', db)
    expect(sortTables(await readUserTables(db))).toEqual(sortTables(tables()))
  })

  it('merge adds and updates without duplicating', async () => {
    const db = freshDb()
    await fill(db, tables())
    const incoming = await createBackup({ ...NONE, annotations: [note('n-1', 'Newer', '2026-06-01T00:00:00.000Z'), note('n-4', 'New')], collections: [collection], settings: [] }, '1', '2026-06-02T00:00:00.000Z')
    const restored = await restoreBackup(incoming, 'merge', '1.0.0', db)
    expect(restored.ok && restored.value).toMatchObject({ added: 1, replaced: 1, kept: 1, annotations: 4, collections: 1 })
    expect((await db.annotations.get('n-1'))?.body).toBe('Newer')
  })

  it('a corrupt file changes nothing', async () => {
    const db = freshDb()
    await fill(db, tables())
    const before = await readUserTables(db)
    const { text } = await makeBackup('1.0.0', db)
    for (const broken of [text.slice(0, 200), text.replace('why it matters', 'tampered'), '{}', 'not json']) {
      const restored = await restoreBackup(broken, 'replace', '1.0.0', db)
      expect(restored.ok).toBe(false)
    }
    expect(await readUserTables(db)).toEqual(before)
    expect(await db.backups.count()).toBe(0)
  })

  it('a failure inside the restore rolls everything back', async () => {
    const db = freshDb()
    await fill(db, tables())
    const before = await readUserTables(db)
    // The last write of the restore fails (as a full disk would make it): the clears and the
    // earlier writes in the same transaction must be undone.
    const text = await createBackup({ ...NONE, annotations: [note('ok-1', 'fine')], collections: [], settings: [{ key: 'k', value: 1, updated: '2026-01-01T00:00:00.000Z' }] }, '1', '2026-01-01T00:00:00.000Z')
    const original = db.settings.bulkPut.bind(db.settings)
    db.settings.bulkPut = (() => Promise.reject(new DOMException('', 'QuotaExceededError'))) as unknown as typeof db.settings.bulkPut
    const restored = await restoreBackup(text, 'replace', '1.0.0', db)
    db.settings.bulkPut = original
    expect(!restored.ok && restored.error).toBe('The disk is full: the restore was undone and nothing changed; your notes are as they were. Free some space and try again.')
    expect(await readUserTables(db)).toEqual(before)
  })

  it(`keeps at most ${KEEP_AUTOMATIC_BACKUPS} automatic backups`, async () => {
    const db = freshDb()
    await fill(db, tables())
    const { text } = await makeBackup('1.0.0', db)
    for (let i = 0; i < KEEP_AUTOMATIC_BACKUPS + 2; i++) await restoreBackup(text, 'merge', '1.0.0', db)
    expect(await db.backups.count()).toBe(KEEP_AUTOMATIC_BACKUPS)
  })

  it('carries imported sources and the user’s own records, linked again after a restore', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const source = {
      id: 'user-abc',
      title: 'My imported release',
      publisher: 'ASEAN',
      publishedOn: '2027-01-16',
      url: null,
      language: 'en',
      format: 'html' as const,
      file: 'r.html',
      textFile: 'r.html',
      cleaning: [],
      text: 'Ministers reviewed the ASEAN Digital Masterplan 2030 and the Quokka Data Compact.',
      origin: 'user' as const,
      updated: '2027-01-16T00:00:00.000Z'
    }
    const initiative = { ...(await db.initiatives.get('adm-2030'))!, id: 'user-qdc', name: 'Quokka Data Compact', acronym: null, aliases: [], events: [], related: [], origin: 'user' as const, updated: '2027-01-16T00:00:00.000Z' }
    await db.sources.put(source)
    await db.initiatives.put(initiative)
    const { text } = await makeBackup('1.0.0', db)
    expect((await readBackup(text)).ok && JSON.parse(text).counts).toMatchObject({ importedSources: 1, userInitiatives: 1 })

    const fresh = freshDb()
    await ensureDataset(fresh, readShippedFile)
    expect((await restoreBackup(text, 'replace', '1.0.0', fresh)).ok).toBe(true)
    expect(await fresh.sources.get('user-abc')).toMatchObject({ title: 'My imported release', origin: 'user' })
    expect(await fresh.initiatives.get('user-qdc')).toMatchObject({ name: 'Quokka Data Compact' })
    const linked = (await fresh.mentions.where('sourceId').equals('user-abc').toArray()).map((m) => m.entityId).sort()
    expect(linked).toEqual(['adm-2030', 'user-qdc'])
    // Replacing with a backup without them removes them, and their links.
    const empty = await createBackup({ ...NONE, annotations: [], collections: [], settings: [] }, '1', '2027-02-01T00:00:00.000Z')
    await restoreBackup(empty, 'replace', '1.0.0', fresh)
    expect(await fresh.sources.get('user-abc')).toBeUndefined()
    expect(await fresh.mentions.where('entityId').equals('user-qdc').count()).toBe(0)
  })

  it('takes an automatic backup before a dataset upgrade when there are notes', async () => {
    const db = freshDb()
    const older: FetchText = async (file) => {
      const text = await readShippedFile(file)
      return file === 'manifest.json' ? JSON.stringify({ ...(JSON.parse(text) as object), version: '2025.01.0' }) : text
    }
    await ensureDataset(db, older)
    expect(await db.backups.count()).toBe(0)
    await fill(db, tables())
    await ensureDataset(db, readShippedFile)
    const [auto] = await db.backups.toArray()
    expect(auto?.reason).toMatch(/^before the dataset upgrade from 2025\.01\.0 to /)
    const read = await readBackup(auto!.content)
    expect(read.ok && sortTables(read.value.tables)).toEqual(sortTables(tables()))
  })
})

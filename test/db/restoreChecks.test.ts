import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DeskDatabase } from '../../src/renderer/src/db/db'
import { readUserTables, restoreBackup } from '../../src/renderer/src/features/backup/backupService'
import { ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { toRow } from '../../src/renderer/src/features/initiatives/catalogue'
import { datasetDocuments } from '../../src/shared/search/documents'
import { compareText } from '../../src/shared/text/compare'
import { craftBackup, importedSource, T, userInitiative, without } from '../support/backupRows'
import { readShippedFile } from '../support/dataset'
import { freshDatabases } from '../support/freshDatabase'

const freshDb = freshDatabases('restore-checks')

/** Everything in the database, table by table, in key order. */
async function snapshot(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return out
}

/** What the Overview, Sources, Initiatives and search screens compute from every stored record. */
async function buildScreens(db: DeskDatabase): Promise<void> {
  const [sources, meetings, initiatives, parties] = await Promise.all([db.sources.toArray(), db.meetings.toArray(), db.initiatives.toArray(), db.parties.toArray()])
  sources.map((s) => s.publishedOn ?? '9999').sort((a, b) => a.localeCompare(b))
  meetings.map((m) => m.startDate ?? '9999').sort((a, b) => a.localeCompare(b))
  initiatives.forEach((i) => toRow(i))
  datasetDocuments({ sources, meetings, initiatives, parties })
}

const NOTE = { id: 'mine-1', kind: 'note' as const, targetType: 'initiative' as const, targetId: 'adm-2030', body: 'Mine', tags: ['keep'], links: [], created: T, updated: T, deleted: null }

describe('a restore checks every row first', () => {
  it('refuses a backup with one bad row and changes nothing, in either mode', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    await db.annotations.put(NOTE)
    const before = await snapshot(db)
    const noCleaning = without(importedSource, 'cleaning')
    const bare = without(userInitiative, 'themes', 'partners', 'events')
    const text = await craftBackup({ importedSources: [{ ...noCleaning, publishedOn: 12345 }], userInitiatives: [bare] })
    for (const mode of ['replace', 'merge'] as const) {
      const restored = await restoreBackup(text, mode, '1.0.0', db)
      expect(!restored.ok && restored.error).toMatch(/^Backup refused: imported source “My imported release” \(user-1234\): publishedOn must be a date/)
    }
    expect(await snapshot(db)).toEqual(before)
  })

  it('restores records made by an earlier build with the lists they lack, and every screen builds', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const noCleaning = without(importedSource, 'cleaning')
    const bare = without(userInitiative, 'themes', 'partners', 'events')
    const restored = await restoreBackup(await craftBackup({ importedSources: [noCleaning], userInitiatives: [bare] }), 'merge', '1.0.0', db)
    expect(restored.ok && restored.value).toMatchObject({ added: 2 })
    expect(await db.sources.get('user-1234')).toMatchObject({ cleaning: [], publishedOn: '2027-01-16' })
    expect(await db.initiatives.get('user-qdc-ab12')).toMatchObject({ themes: [], partners: [], events: [] })
    await buildScreens(db)
  })
})

describe('restore of a backup made by every earlier data version', () => {
  const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/backup', name), 'utf8')
  for (const [file, ids] of [
    ['v1.json', ['note-1a', 'note-1b']],
    ['v2.json', ['hl-2b', 'note-2a']],
    ['v3.json', ['hl-2b', 'note-2a']],
    ['v4.json', ['hl-2b', 'note-2a']]
  ] as const) {
    it(`restores ${file} beside the user's notes, and every screen builds`, async () => {
      const db = freshDb()
      await ensureDataset(db, readShippedFile)
      await db.annotations.put(NOTE)
      const restored = await restoreBackup(fixture(file), 'merge', '1.0.0', db)
      if (!restored.ok) throw new Error(restored.error)
      const tables = await readUserTables(db)
      expect(tables.annotations.map((a) => a.id).sort(compareText)).toEqual([...ids, 'mine-1'].sort(compareText))
      expect(tables.settings).toMatchObject([{ key: 'theme', value: 'dark' }])
      await buildScreens(db)
    })
  }

  it('links the records a version 4 backup carries wherever a source names them', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const restored = await restoreBackup(fixture('v4.json'), 'replace', '1.0.0', db)
    if (!restored.ok) throw new Error(restored.error)
    expect(await db.sources.get('user-3f2a9c1d-k2j4h1')).toMatchObject({ format: 'pdf', pages: [{ page: 1, start: 0 }] })
    const linked = (await db.mentions.where('sourceId').equals('user-3f2a9c1d-k2j4h1').toArray()).map((m) => m.entityId)
    expect(new Set(linked)).toEqual(new Set(['adm-2030', 'user-qrf-x1y2', 'user-8th-adgmin-a9b8']))
  })
})

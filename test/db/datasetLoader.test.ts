import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDatabases } from '../support/freshDatabase'
import { DatasetError, ensureDataset, type FetchText } from '../../src/renderer/src/features/dataset/datasetLoader'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('desk-test')

/** The shipped dataset with some files rewritten, as an older or broken release would ship them. */
function editedDataset(edits: Record<string, (value: unknown) => unknown>): FetchText {
  return async (file) => {
    const text = await readShippedFile(file)
    const edit = edits[file]
    return edit ? JSON.stringify(edit(JSON.parse(text))) : text
  }
}

type Row = { id: string; name: string }
const OLD_INITIATIVE = { id: 'asean-ict-masterplan-2015', name: 'ASEAN ICT Masterplan 2015' }

/** An older dataset release: version 2025.01.0 and one initiative that the new release no longer has. */
const olderRelease = editedDataset({
  'manifest.json': (m) => ({ ...(m as object), version: '2025.01.0' }),
  'initiatives.json': (list) => {
    const [first] = list as Row[]
    return [...(list as Row[]), { ...first, ...OLD_INITIATIVE, acronym: null, aliases: [], related: [] }]
  }
})

const note = (id: string, targetId: string) => ({
  id,
  kind: 'note' as const,
  targetType: 'initiative' as const,
  targetId,
  body: `My note on ${targetId}: **check** the 2025 wording.`,
  tags: ['to-verify'],
  links: [],
  created: '2025-02-01T10:00:00.000Z',
  updated: '2025-02-02T10:00:00.000Z',
  deleted: null
})

describe('dataset loading', () => {
  it('loads the shipped dataset on first run, in one go, and skips it when current', async () => {
    const db = freshDb()
    const first = await ensureDataset(db, readShippedFile)
    expect(first.status).toBe('loaded')
    expect(await db.initiatives.count()).toBeGreaterThan(50)
    expect(await db.sources.count()).toBe(5)
    expect((await db.sources.get('vjst-article-adgmin6'))?.text).toContain('ADGMIN 6 officially approved')
    expect(await db.mentions.where('entityId').equals('adm-2030').count()).toBeGreaterThan(3)
    expect(await ensureDataset(db, readShippedFile)).toEqual({ status: 'current', version: first.version })
  })

  it('upgrades an older dataset without touching notes or settings, keeping notes on ids that disappeared', async () => {
    const db = freshDb()
    await ensureDataset(db, olderRelease)
    expect(await db.initiatives.get(OLD_INITIATIVE.id)).toBeDefined()
    const notes = [note('n1', 'adm-2030'), note('n2', OLD_INITIATIVE.id)]
    await db.annotations.bulkPut(notes)
    await db.settings.put({ key: 'theme', value: 'dark', updated: '2025-02-02T10:00:00.000Z' })

    const outcome = await ensureDataset(db, readShippedFile)
    expect(outcome).toMatchObject({ status: 'loaded', previous: '2025.01.0' })
    expect(await db.initiatives.get(OLD_INITIATIVE.id)).toBeUndefined()
    expect(await db.annotations.orderBy('id').toArray()).toEqual(notes)
    expect((await db.settings.get('theme'))?.value).toBe('dark')
  })

  it('refuses a broken dataset with the exact problem and leaves the stored one as it was', async () => {
    const db = freshDb()
    await ensureDataset(db, olderRelease)
    await db.annotations.put(note('n1', 'adm-2030'))
    const before = await db.initiatives.count()
    const broken = editedDataset({
      'manifest.json': (m) => ({ ...(m as object), version: '2099.01.0' }),
      'meetings.json': (list) => (list as object[]).map((m, i) => (i === 0 ? { ...m, format: 'hologram' } : m))
    })
    await expect(ensureDataset(db, broken)).rejects.toThrow(DatasetError)
    await expect(ensureDataset(db, broken)).rejects.toThrow(/meetings\.json\[0\]\.format/)
    expect(await db.initiatives.count()).toBe(before)
    expect((await db.meta.get('datasetVersion'))?.value).toBe('2025.01.0')
    expect(await db.annotations.count()).toBe(1)
  })

  it('says which file is not JSON', async () => {
    const db = freshDb()
    const garbled: FetchText = async (file) => (file === 'parties.json' ? '{"truncated": ' : readShippedFile(file))
    await expect(ensureDataset(db, garbled)).rejects.toThrow(/^parties\.json is not valid JSON/)
    expect(await db.initiatives.count()).toBe(0)
  })

  it('reloads when a file changed but the version did not (the content hash did)', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const changed = editedDataset({
      'manifest.json': (m) => ({ ...(m as object), contentHash: 'f'.repeat(64) }),
      'meetings.json': (list) => (list as { id: string; aliases: string[] }[]).map((m) => (m.id === 'adgmin-5' ? { ...m, aliases: [...m.aliases, 'Bangkok ADGMIN'] } : m))
    })
    const outcome = await ensureDataset(db, changed)
    expect(outcome).toMatchObject({ status: 'loaded', previous: outcome.version })
    expect((await db.meetings.get('adgmin-5'))?.aliases).toContain('Bangkok ADGMIN')
    expect(await ensureDataset(db, changed)).toMatchObject({ status: 'current' })
  })

  it('upgrades a database an earlier build stored: no content hash, meetings without aliases, records of the user lacking lists', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    // As the first release left it: the same version, no hash stored, meetings without `aliases`.
    await db.meta.delete('datasetContentHash')
    await db.meetings.toCollection().modify((m) => void delete (m as Partial<typeof m>).aliases)
    const mine = { ...(await db.initiatives.get('adm-2030'))!, id: 'user-qdc-ab12', name: 'Quokka Data Compact', origin: 'user' as const, updated: '2026-01-01T00:00:00.000Z' }
    const old = Object.fromEntries(Object.entries(mine).filter(([k]) => !['themes', 'partners', 'events', 'related'].includes(k)))
    await db.initiatives.put(old as unknown as typeof mine)
    await db.mentions.put({ key: 'x', sourceId: 'vjst-article-adgmin6', entityId: 'user-qdc-ab12', entityType: 'initiative', start: 0, end: 4, text: 'QDC!' })

    expect(await ensureDataset(db, readShippedFile)).toMatchObject({ status: 'loaded' })
    expect((await db.meetings.get('adgmin-6'))?.aliases.length).toBeGreaterThan(0)
    expect(await db.initiatives.get('user-qdc-ab12')).toEqual({ ...old, themes: [], partners: [], events: [], related: [] })
    // Mentions of the user's record are found again in the new texts: the stale row goes, real ones come.
    expect(await db.mentions.get('x')).toBeUndefined()
    expect(await db.mentions.where('entityId').equals('user-qdc-ab12').count()).toBeGreaterThan(0)
    expect((await db.meta.get('datasetContentHash'))?.value).toMatch(/^[0-9a-f]{64}$/)
    const [auto] = await db.backups.toArray()
    expect(auto?.reason).toMatch(/^before the dataset upgrade from 2026\.\d+\.\d+ to 2026\.\d+\.\d+ \(content [0-9a-f]{8}\)$/)
  })
})

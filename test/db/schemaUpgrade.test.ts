import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_VERSION, DeskDatabase } from '../../src/renderer/src/db/db'

/** Opens a database exactly as schema version 1 declared it, and fills it with notes. */
async function seedVersion1(name: string) {
  const v1 = new Dexie(name)
  v1.version(1).stores({
    meta: 'key',
    sources: 'id, publishedOn',
    meetings: 'id, series, startDate',
    initiatives: 'id, name, kind, *themes, *partners',
    parties: 'id, kind',
    themes: 'id',
    mentions: 'key, sourceId, entityId',
    settings: 'key',
    notes: 'id, [targetType+targetId], updated, *tags'
  })
  await v1.open()
  const notes = Array.from({ length: 250 }, (_, i) => ({
    id: `note-${String(i).padStart(3, '0')}`,
    targetType: (['initiative', 'meeting', 'party'] as const)[i % 3],
    targetId: i % 3 === 0 ? 'adm-2030' : i % 3 === 1 ? 'adgmin-6' : 'japan',
    body: `Note ${i}: **ADM 2030** — “quoted” text\nwith a second line ${'é'.repeat(i % 5)}`,
    tags: i % 2 ? ['to-verify', `t${i % 7}`] : [],
    created: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    updated: new Date(Date.UTC(2025, 1, 1, 0, i)).toISOString(),
    ...(i % 10 === 0 ? { deleted: '2025-03-01T00:00:00.000Z' } : {})
  }))
  await v1.table('notes').bulkAdd(notes)
  await v1.table('settings').put({ key: 'theme', value: 'dark', updated: '2025-01-01T00:00:00.000Z' })
  v1.close()
  return notes
}

/** A version 2 database with annotations and a collection, as the app wrote them. */
async function seedVersion2(name: string) {
  const v2 = new Dexie(name)
  v2.version(1).stores({ meta: 'key', sources: 'id, publishedOn', meetings: 'id, series, startDate', initiatives: 'id, name, kind, *themes, *partners', parties: 'id, kind', themes: 'id', mentions: 'key, sourceId, entityId', settings: 'key', notes: 'id, [targetType+targetId], updated, *tags' })
  v2.version(2).stores({ notes: null, annotations: 'id, kind, [targetType+targetId], updated, *tags, *links', collections: 'id, name, updated' })
  await v2.open()
  const annotations = [
    { id: 'hl-1', kind: 'highlight', targetType: 'source', targetId: 'vjst-article-adgmin6', selector: { quote: { type: 'TextQuoteSelector', exact: 'ADGMIN 6', prefix: '', suffix: ' officially' }, position: { type: 'TextPositionSelector', start: 10, end: 18 }, contentHash: 'abcd1234' }, body: 'note', tags: ['x'], color: 'pink', links: ['adm-2030'], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-02T00:00:00.000Z', deleted: null },
    { id: 'note-1', kind: 'note', targetType: 'meeting', targetId: 'adgmin-6', body: 'text', tags: [], links: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-02T00:00:00.000Z', deleted: '2026-01-03T00:00:00.000Z' }
  ]
  await v2.table('annotations').bulkAdd(annotations)
  await v2.table('collections').add({ id: 'c1', name: 'Chapter', description: '', items: [{ type: 'annotation', id: 'hl-1' }], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', deleted: null })
  v2.close()
  return annotations
}

/** The schema of version 6, every table as the app last declared it before drafts. */
const V6_STORES = {
  meta: 'key',
  sources: 'id, publishedOn, contentHash, url, fileName, updated',
  meetings: 'id, series, startDate',
  initiatives: 'id, name, kind, *themes, *partners',
  parties: 'id, kind',
  themes: 'id',
  mentions: 'key, sourceId, entityId',
  settings: 'key',
  annotations: 'id, kind, [targetType+targetId], updated, *tags, *links',
  collections: 'id, name, updated',
  searchIndexes: 'key',
  backups: 'id, created'
}

/** A version 6 database with a row in every user table, as the app wrote them. */
async function seedVersion6(name: string) {
  const v6 = new Dexie(name)
  v6.version(6).stores(V6_STORES)
  await v6.open()
  const rows = {
    annotations: [{ id: 'note-1', kind: 'note', targetType: 'initiative', targetId: 'adm-2030', body: 'Draft-era **note**', tags: ['t'], links: [], created: '2026-05-01T00:00:00.000Z', updated: '2026-05-02T00:00:00.000Z', deleted: null }],
    collections: [{ id: 'c1', name: 'Chapter', description: '', items: [{ type: 'annotation', id: 'note-1' }], created: '2026-05-01T00:00:00.000Z', updated: '2026-05-01T00:00:00.000Z', deleted: null }],
    settings: [{ key: 'theme', value: 'dark', updated: '2026-05-01T00:00:00.000Z' }],
    sources: [{ id: 'user-src-1', origin: 'user', title: 'Imported', text: 'Some text', contentHash: 'h1', url: 'https://example.org/a', fileName: 'a.html', updated: '2026-05-01T00:00:00.000Z' }],
    backups: [{ id: 'auto-1', created: '2026-05-01T00:00:00.000Z', reason: 'before a restore', counts: {}, content: '{}' }]
  }
  for (const [table, data] of Object.entries(rows)) await v6.table(table).bulkAdd(data)
  v6.close()
  return rows
}

describe('schema upgrades', () => {
  it('upgrades version 6 to 8: every table keeps its rows, and empty drafts and corrections tables arrive', async () => {
    const name = 'desk-schema-v6'
    const rows = await seedVersion6(name)
    const db = new DeskDatabase(name)
    await db.open()
    expect(db.verno).toBe(8)
    expect(await db.corrections.count()).toBe(0)
    expect(await db.annotations.toArray()).toEqual(rows.annotations)
    expect(await db.collections.toArray()).toEqual(rows.collections)
    expect(await db.settings.toArray()).toEqual(rows.settings)
    expect(await db.sources.where('contentHash').equals('h1').toArray()).toEqual(rows.sources)
    expect(await db.backups.toArray()).toEqual(rows.backups)
    expect(await db.drafts.count()).toBe(0)
    await db.drafts.put({ id: 'note-1', text: 'more', basedOn: '2026-05-02T00:00:00.000Z', time: '2026-05-03T00:00:00.000Z' })
    expect((await db.drafts.get('note-1'))?.text).toBe('more')
    await db.delete()
  })

  it('upgrades version 2 to 3 leaving annotations and collections unchanged', async () => {
    const annotations = await seedVersion2('desk-schema-v2')
    const db = new DeskDatabase('desk-schema-v2')
    await db.open()
    expect(await db.annotations.orderBy('id').toArray()).toEqual([...annotations].sort((a, b) => a.id.localeCompare(b.id)))
    expect((await db.collections.get('c1'))?.items).toEqual([{ type: 'annotation', id: 'hl-1' }])
    expect(await db.searchIndexes.count()).toBe(0)
    db.close()
  })

  it('upgrades version 7 to 8: the drafts stay and an empty corrections table arrives', async () => {
    const v7 = new Dexie('desk-schema-v7')
    v7.version(7).stores({ ...V6_STORES, drafts: 'id' })
    await v7.open()
    await v7.table('drafts').put({ id: 'note-1', text: 'typed', basedOn: '2026-05-02T00:00:00.000Z', time: '2026-05-03T00:00:00.000Z' })
    await v7.table('settings').put({ key: 'theme', value: 'dark', updated: '2026-05-01T00:00:00.000Z' })
    v7.close()
    const db = new DeskDatabase('desk-schema-v7')
    await db.open()
    expect((await db.drafts.get('note-1'))?.text).toBe('typed')
    expect((await db.settings.get('theme'))?.value).toBe('dark')
    expect(await db.corrections.count()).toBe(0)
    await db.delete()
  })

  it('declares version 8 with exactly these tables and indexes: a schema change must bump it (and bring an upgrade test)', async () => {
    const db = new DeskDatabase('desk-schema-current')
    await db.open()
    expect(DB_VERSION).toBe(8)
    expect(db.verno).toBe(8)
    const declared = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey, ...t.schema.indexes].map((i) => i.src).join(', ')]))
    expect(declared).toEqual({ ...V6_STORES, drafts: 'id', corrections: 'id, targetId, updated' })
    // What the browser created matches what Dexie declared.
    const raw = db.backendDB()
    expect([...raw.objectStoreNames].sort()).toEqual(Object.keys(declared).sort())
    expect([...raw.transaction('sources').objectStore('sources').indexNames].sort()).toEqual(['contentHash', 'fileName', 'publishedOn', 'updated', 'url'])
    db.close()
  })

  it('upgrades version 1 through 3: every note becomes an annotation, unchanged', async () => {
    const name = 'desk-schema-v1'
    const notes = await seedVersion1(name)
    const db = new DeskDatabase(name)
    await db.open()
    expect(db.tables.map((t) => t.name)).not.toContain('notes')
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['annotations', 'collections', 'searchIndexes']))
    const annotations = await db.annotations.orderBy('id').toArray()
    expect(annotations).toHaveLength(notes.length)
    annotations.forEach((a, i) => {
      const n = notes[i]!
      expect(a).toEqual({
        id: n.id,
        kind: 'note',
        targetType: n.targetType,
        targetId: n.targetId,
        body: n.body,
        tags: n.tags,
        links: [],
        created: n.created,
        updated: n.updated,
        deleted: n.deleted ?? null
      })
    })
    expect(await db.annotations.where('tags').equals('to-verify').count()).toBe(125)
    expect((await db.settings.get('theme'))?.value).toBe('dark')
    db.close()
  })
})

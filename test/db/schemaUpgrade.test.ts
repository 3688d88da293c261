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

describe('schema upgrades', () => {
  it(`declares version ${DB_VERSION}`, async () => {
    const db = new DeskDatabase('desk-schema-current')
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    db.close()
  })

  it('upgrades version 1 to 2: every note becomes an annotation, unchanged', async () => {
    const name = 'desk-schema-v1'
    const notes = await seedVersion1(name)
    const db = new DeskDatabase(name)
    await db.open()
    expect(db.tables.map((t) => t.name)).not.toContain('notes')
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

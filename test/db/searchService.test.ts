import 'fake-indexeddb/auto'
import { unpackDocs } from '../../src/shared/search/storedDocs'
import { describe, expect, it, vi } from 'vitest'
import { SEARCH_INDEX_CONTENT_KEY, type DeskDatabase } from '../../src/renderer/src/db/db'
import { freshDatabases } from '../support/freshDatabase'
import { ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { SearchService, contentVersion } from '../../src/renderer/src/workers/searchService'
import type { SearchResponse } from '../../src/renderer/src/workers/search.protocol'
import { buildIndex, search, type SearchOutcome } from '../../src/shared/search/engine'
import { datasetDocuments } from '../../src/shared/search/documents'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('desk-search')
async function loadedDb(): Promise<DeskDatabase> {
  const db = freshDb()
  await ensureDataset(db, readShippedFile)
  return db
}

/** A service wired to a message log, with a helper that sends a query and waits for its answer. */
function serviceOn(db: DeskDatabase, mergeAfterIdleMs?: number) {
  const messages: SearchResponse[] = []
  const waiting = new Map<number, (o: SearchOutcome) => void>()
  const service = new SearchService((m) => {
    messages.push(m)
    if (m.type === 'result') waiting.get(m.id)?.(m.outcome)
  }, db, mergeAfterIdleMs)
  let id = 0
  const query = (text: string) =>
    new Promise<SearchOutcome>((resolve) => {
      waiting.set(++id, resolve)
      service.handle({ type: 'query', id, text, filters: {} })
    })
  const ready = () => messages.find((m) => m.type === 'status' && m.state === 'ready') as Extract<SearchResponse, { type: 'status' }> | undefined
  return { service, messages, query, ready }
}

const note = {
  id: 'n1',
  kind: 'note' as const,
  targetType: 'initiative' as const,
  targetId: 'adm-2030',
  body: 'Check the quokkaesque wording against ADM 2025.',
  tags: ['chapter-2'],
  links: [],
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  deleted: null
}

describe('search service', () => {
  it('builds the large index once, stores it, and loads it on the next start', async () => {
    const db = await loadedDb()
    const first = serviceOn(db)
    first.service.handle({ type: 'init' })
    const hits = await first.query('ADM2030')
    expect(hits.hits[0]?.title).toBe('ASEAN Digital Masterplan 2030')
    expect(first.messages.some((m) => m.type === 'status' && m.state === 'building')).toBe(true)
    expect(first.ready()?.loadedFromCache).toBe(false)
    const stored = await db.searchIndexes.get('dataset')
    expect(stored?.contentVersion).toBe(await contentVersion(db))

    const second = serviceOn(db)
    second.service.handle({ type: 'init' })
    expect((await second.query('ADM2030')).hits[0]?.title).toBe('ASEAN Digital Masterplan 2030')
    expect(second.messages.some((m) => m.type === 'status' && m.state === 'building')).toBe(false)
    expect(second.ready()?.loadedFromCache).toBe(true)
  })

  it('counts a dataset with other content under the same version as another dataset', async () => {
    const db = await loadedDb()
    const before = await contentVersion(db)
    await db.meta.put({ key: 'datasetContentHash', value: 'e'.repeat(64) })
    expect(await contentVersion(db)).not.toBe(before)
  })

  it('takes a source added while it was closed into a small segment, without building the large index again', async () => {
    const db = await loadedDb()
    const first = serviceOn(db)
    first.service.handle({ type: 'init' })
    await first.query('masterplan')
    await db.sources.add({ id: 'my-doc', title: 'My field notes', publisher: 'Me', publishedOn: null, language: 'en', text: 'Interview about the zanzibarite programme.' } as never)
    const second = serviceOn(db)
    second.service.handle({ type: 'init' })
    const outcome = await second.query('zanzibarite')
    expect(second.ready()?.loadedFromCache).toBe(true)
    expect(second.messages.some((m) => m.type === 'status' && m.state === 'building')).toBe(false)
    expect(outcome.hits.map((h) => h.ref)).toEqual(['passage:my-doc#1'])
    // The segment was stored: a third start loads both and builds nothing.
    const segments = await db.searchIndexes.where('key').startsWith('changes:').toArray()
    expect(segments.map((x) => Object.keys(x.units ?? {}))).toEqual([['source:my-doc']])
    const third = serviceOn(db)
    third.service.handle({ type: 'init' })
    expect((await third.query('zanzibarite')).hits.map((h) => h.ref)).toEqual(['passage:my-doc#1'])
  })

  it('keeps answering when the segment of changes cannot be stored, and the next start builds only what is missing', async () => {
    const db = await loadedDb()
    const s = serviceOn(db)
    s.service.handle({ type: 'init' })
    await s.query('masterplan')
    const put = vi.spyOn(db.searchIndexes, 'put').mockRejectedValue(new DOMException('', 'QuotaExceededError'))
    await db.sources.add({ id: 'user-c', title: 'Clip', publisher: null, publishedOn: null, language: 'en', origin: 'user', text: 'A xylographic record.', updated: '2027-01-01T00:00:00.000Z' } as never)
    s.service.handle({ type: 'refreshSources' })
    expect((await s.query('xylographic')).hits.map((h) => h.ref)).toEqual(['passage:user-c#1'])
    expect(s.messages.filter((m) => m.type === 'status' && m.state === 'ready').at(-1)).toMatchObject({ warning: expect.stringMatching(/^The disk is full: the search index could not be saved; search works from memory/) })
    put.mockRestore()
    // As after a crash before the segment was stored: the base is loaded, the one source built.
    const next = serviceOn(db)
    next.service.handle({ type: 'init' })
    expect((await next.query('xylographic')).hits.map((h) => h.ref)).toEqual(['passage:user-c#1'])
    expect(next.messages.some((m) => m.type === 'status' && m.state === 'building')).toBe(false)
  })

  it('merges its small segments past four once idle, in one stored segment, and loses nothing', async () => {
    const db = await loadedDb()
    const s = serviceOn(db, 200)
    s.service.handle({ type: 'init' })
    await s.query('masterplan')
    for (let i = 0; i < 6; i++) {
      await db.sources.add({ id: `user-m${i}`, title: `Clip ${i}`, publisher: null, publishedOn: null, language: 'en', origin: 'user', text: `Batch ${i} of the vellichor series.`, updated: `2027-01-0${i + 1}T00:00:00.000Z` } as never)
      if (i === 3) await db.sources.delete('user-m1')
      s.service.handle({ type: 'refreshSources' })
      await s.query('vellichor')
    }
    const found = await s.query('vellichor')
    expect(found.hits.map((h) => h.ref).sort()).toEqual(['passage:user-m0#1', 'passage:user-m2#1', 'passage:user-m3#1', 'passage:user-m4#1', 'passage:user-m5#1'])
    // While the user searches, the segments stay as they are, each stored.
    expect(await db.searchIndexes.where('key').startsWith('changes:').count()).toBe(6)
    await s.service.idleWork()
    const rows = await db.searchIndexes.where('key').startsWith('changes:').toArray()
    expect(rows.length).toBe(1)
    // The merged segment answers as its parts did, its texts read from the sources.
    const merged = await s.query('vellichor')
    expect(merged.hits.map((h) => [h.ref, h.score.toFixed(6), h.snippet.map((p) => p.text).join('')])).toEqual(found.hits.map((h) => [h.ref, h.score.toFixed(6), h.snippet.map((p) => p.text).join('')]))
    expect(s.messages.filter((m) => m.type === 'status' && m.state === 'building')).toHaveLength(1)
    // A new start reads the stored segments and answers the same, with the same scores as one index built from scratch.
    const next = serviceOn(db)
    next.service.handle({ type: 'init' })
    const again = await next.query('vellichor')
    expect(again.hits.map((h) => [h.ref, h.score.toFixed(6)])).toEqual(found.hits.map((h) => [h.ref, h.score.toFixed(6)]))
    await db.searchIndexes.clear()
    const whole = serviceOn(db)
    whole.service.handle({ type: 'init' })
    expect((await whole.query('vellichor')).hits.map((h) => [h.ref, h.score.toFixed(6)])).toEqual(found.hits.map((h) => [h.ref, h.score.toFixed(6)]))
  })

  it('never returns a removed or replaced document, and gives it the score it would have in one index', async () => {
    const db = await loadedDb()
    const s = serviceOn(db)
    s.service.handle({ type: 'init' })
    await s.query('masterplan')
    const base = { title: 'Clipping', publisher: 'Me', publishedOn: null, language: 'en', origin: 'user' } as const
    await db.sources.add({ ...base, id: 'user-a', text: 'The quixotic plan for subsea cables.', updated: '2027-01-01T00:00:00.000Z' } as never)
    await db.sources.add({ ...base, id: 'user-b', text: 'Another quixotic note.', updated: '2027-01-01T00:00:00.000Z' } as never)
    s.service.handle({ type: 'refreshSources' })
    expect((await s.query('quixotic')).hits.map((h) => h.ref).sort()).toEqual(['passage:user-a#1', 'passage:user-b#1'])
    // A shipped source replaced (edited details) and an imported one deleted.
    const shipped = (await db.sources.get('vjst-article-adgmin6'))!
    await db.sources.put({ ...shipped, text: 'Replaced text about quixotic matters.', updated: '2027-01-02T00:00:00.000Z' })
    await db.sources.delete('user-b')
    s.service.handle({ type: 'refreshSources' })
    const after = await s.query('quixotic')
    expect(after.hits.map((h) => h.ref).sort()).toEqual(['passage:user-a#1', 'passage:vjst-article-adgmin6#1'])
    expect((await s.query('officially approved')).hits.some((h) => h.ref.startsWith('passage:vjst-article-adgmin6'))).toBe(false)
    expect(s.messages.filter((m) => m.type === 'status' && m.state === 'building')).toHaveLength(1)
    // The same library in one index, built from scratch by a new start without the stored segments.
    await db.searchIndexes.clear()
    const whole = serviceOn(db)
    whole.service.handle({ type: 'init' })
    const fromScratch = await whole.query('quixotic')
    expect(after.hits.map((h) => [h.ref, h.score.toFixed(6)])).toEqual(fromScratch.hits.map((h) => [h.ref, h.score.toFixed(6)]))
  })

  it('finds a saved note after refreshNotes, titled by what it is about, and forgets a trashed one', async () => {
    const db = await loadedDb()
    const s = serviceOn(db)
    s.service.handle({ type: 'init' })
    expect((await s.query('quokkaesque')).hits).toEqual([])
    await db.annotations.add(note)
    s.service.handle({ type: 'refreshNotes' })
    const found = await s.query('quokkaesque')
    expect(found.hits.map((h) => [h.kind, h.title, h.href])).toEqual([['note', 'ASEAN Digital Masterplan 2030', '/initiatives/adm-2030']])
    expect((await s.query('tag:chapter')).hits.map((h) => h.id)).toEqual(['n1'])
    await db.annotations.update('n1', { deleted: '2026-01-02T00:00:00.000Z' })
    s.service.handle({ type: 'refreshNotes' })
    expect((await s.query('quokkaesque')).hits).toEqual([])
  })

  it('answers queries sent before init once init arrives', async () => {
    const db = await loadedDb()
    const s = serviceOn(db)
    const opened = vi.spyOn(db, 'isOpen')
    const early = s.query('Viet Nam')
    // Run everything the query set going (promise jobs end before the next macrotask): it must
    // neither answer nor touch the database, which is all it could do without waiting for init.
    await new Promise((r) => setImmediate(r))
    expect(s.messages).toEqual([])
    expect(opened).not.toHaveBeenCalled()
    s.service.handle({ type: 'init' })
    expect((await early).total).toBeGreaterThan(0)
  })

  it('builds the index a batch of sources at a time and stores no passage text, reading the texts of the hits it shows', async () => {
    const db = await loadedDb()
    await db.sources.bulkAdd(
      Array.from({ length: 250 }, (_, i) => ({ id: `user-b${i}`, title: `Brief ${i}`, publisher: null, publishedOn: null, language: 'en', origin: 'user', text: `Brief ${i} on the lindworm corridor.\n\nA second paragraph, number ${i}.`, updated: '2027-01-01T00:00:00.000Z' }) as never)
    )
    const whole = vi.spyOn(db.sources, 'toArray')
    const batches = vi.spyOn(db.sources, 'bulkGet')
    const s = serviceOn(db)
    s.service.handle({ type: 'init' })
    await vi.waitFor(() => expect(s.ready()).toBeDefined())
    expect(whole).not.toHaveBeenCalled()
    const sizes = batches.mock.calls.map(([keys]) => (keys as string[]).length)
    expect(sizes.length).toBeGreaterThan(2)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100)
    // A query reads the sources of the hits it shows, for their snippets.
    const found = await s.query('lindworm corridor')
    expect(found.total).toBe(250)
    expect(found.hits[0]!.snippet.map((p) => p.text).join('')).toMatch(/^Brief \d+ on the lindworm corridor\.$/)
    const stored = await db.searchIndexes.get('dataset')
    const passages = [...unpackDocs(stored!.data.docs, stored!.data.index.refs).values()].filter((d) => d.kind === 'passage')
    expect(passages.length).toBeGreaterThan(500)
    expect(passages.filter((d) => d.body)).toEqual([])
  })

  it('answers from its stored index exactly as an index built in memory with every text', async () => {
    const db = await loadedDb()
    const first = serviceOn(db)
    first.service.handle({ type: 'init' })
    await first.query('ADM2030')
    // A second start loads the stored index, which holds no text: records' and passages' texts are read for the hits.
    const s = serviceOn(db)
    s.service.handle({ type: 'init' })
    const [meetings, initiatives, parties, sources] = await Promise.all([db.meetings.toArray(), db.initiatives.toArray(), db.parties.toArray(), db.sources.toArray()])
    const inMemory = buildIndex(datasetDocuments({ meetings, initiatives, parties, sources }))
    for (const query of ['ADM2030', 'Chair Vietnam', '"digital economy"', 'subsea cabel']) {
      const stored = await s.query(query)
      const expected = search([inMemory], query, {}, 300, { typing: true })
      expect(stored.hits.map((h) => [h.ref, h.score.toFixed(6), h.snippet])).toEqual(expected.hits.map((h) => [h.ref, h.score.toFixed(6), h.snippet]))
      expect(stored.correctedTo).toBe(expected.correctedTo)
    }
    expect(s.ready()?.loadedFromCache).toBe(true)
  })

  it('stores with the index what it holds, for the import to count its rewrite', async () => {
    const db = await loadedDb()
    const { service, query } = serviceOn(db)
    service.handle({ type: 'init' })
    await query('ADM2030')
    const content = (await db.meta.get(SEARCH_INDEX_CONTENT_KEY))?.value as { textBytes: number; passages: number }
    const sources = await db.sources.toArray()
    expect(content.textBytes).toBeGreaterThanOrEqual(sources.reduce((n, s) => n + s.text.length, 0))
    expect(content.passages).toBeGreaterThan(sources.length)
  })

  it('keeps searching from memory when the index cannot be stored, says so once in words, and does not rebuild for each query', async () => {
    const db = await loadedDb()
    await db.searchIndexes.put({ key: 'dataset', contentVersion: 'stale', data: { index: { format: 'compact-2' }, docs: [] } as never, built: '2020-01-01' })
    const put = vi.spyOn(db.searchIndexes, 'put').mockRejectedValue(new DOMException('', 'QuotaExceededError'))
    const { service, messages, query, ready } = serviceOn(db)
    service.handle({ type: 'init' })
    expect((await query('ADM2030')).hits[0]?.title).toBe('ASEAN Digital Masterplan 2030')
    expect(ready()).toMatchObject({ state: 'ready', loadedFromCache: false, warning: expect.stringMatching(/^The disk is full: the search index could not be saved; search works from memory\. It is built again at each start \(about \d+ s\) until there is room; free some disk space\.$/) })
    expect(messages.some((m) => m.type === 'status' && m.state === 'error')).toBe(false)
    // The stale copy went first, so the new one never needs room beside it.
    expect(await db.searchIndexes.get('dataset')).toBeUndefined()
    await query('DEFA')
    await query('Singapore')
    expect(messages.filter((m) => m.type === 'status' && m.state === 'building')).toHaveLength(1)
    // A rebuild after an import fails to store again: no second warning.
    service.handle({ type: 'refreshSources' })
    await query('ADM2030')
    const readies = messages.filter((m) => m.type === 'status' && m.state === 'ready')
    expect(readies.filter((m) => 'warning' in m && m.warning)).toHaveLength(1)
    // Room again: the next rebuild stores it and clears the warning.
    put.mockRestore()
    await db.sources.put({ ...(await db.sources.toCollection().first())!, id: 'user-new', origin: 'user', updated: '2027-01-01' })
    service.handle({ type: 'refreshSources' })
    await query('ADM2030')
    expect(messages.filter((m) => m.type === 'status' && m.state === 'ready').at(-1)).toMatchObject({ warning: null })
    expect((await db.searchIndexes.get('dataset'))?.contentVersion).toBe(await contentVersion(db))
  })
})

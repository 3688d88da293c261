import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { freshDatabases } from '../support/freshDatabase'
import { ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { SearchService } from '../../src/renderer/src/workers/searchService'
import type { SearchResponse } from '../../src/renderer/src/workers/search.protocol'
import type { SearchOutcome } from '../../src/shared/search/engine'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('desk-search-notes-failure')

const note = {
  id: 'n1',
  kind: 'note' as const,
  targetType: 'initiative' as const,
  targetId: 'adm-2030',
  body: 'The ocelotine wording of ADM 2030.',
  tags: [],
  links: [],
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  deleted: null
}

describe('search when reading the notes fails', () => {
  it('goes on answering from the notes it had, says so in words, and takes the notes in once reads work again', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const messages: SearchResponse[] = []
    const waiting = new Map<number, (o: SearchOutcome) => void>()
    const service = new SearchService((m) => {
      messages.push(m)
      if (m.type === 'result') waiting.get(m.id)?.(m.outcome)
    }, db)
    let id = 0
    const query = (text: string): Promise<SearchOutcome> =>
      new Promise((resolve) => {
        waiting.set(++id, resolve)
        service.handle({ type: 'query', id, text, filters: {} })
      })
    service.handle({ type: 'init' })
    expect((await query('ADM2030')).hits[0]?.title).toBe('ASEAN Digital Masterplan 2030')

    // The disk fills: Chromium closes the connection, and reads of the notes fail.
    await db.annotations.add(note)
    const toArray = db.annotations.toArray.bind(db.annotations)
    db.annotations.toArray = (() => Promise.reject(new Dexie.DatabaseClosedError('Database has been closed'))) as unknown as typeof toArray
    service.handle({ type: 'refreshNotes' })
    const during = await query('masterplan')
    expect(during.hits.length).toBeGreaterThan(0)
    const warning = messages.findLast((m) => m.type === 'status' && 'warning' in m && m.warning) as { warning: string } | undefined
    expect(warning?.warning).toMatch(/^.*search could not read your latest notes.*it answers from the notes it had.*Free some disk space; it tries again at the next search\.$/)
    expect(warning?.warning).not.toMatch(/DatabaseClosedError/)

    // Reads work again: the next search takes the missed note in.
    db.annotations.toArray = toArray
    expect((await query('ocelotine')).hits.map((h) => h.id)).toEqual(['n1'])
  })
})

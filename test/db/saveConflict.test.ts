import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src/shared/model/annotation'
import { db } from '../../src/renderer/src/db/db'
import { addTags, saveNoteBody } from '../../src/renderer/src/features/annotations/annotations'

const V1 = '2026-03-01T10:00:00.000Z'
const note: Annotation = { id: 'n-1', kind: 'note', targetType: 'initiative', targetId: 'adm-2030', body: 'first', tags: [], links: [], created: V1, updated: V1, deleted: null }

afterEach(async () => {
  await Promise.all([db.annotations.clear(), db.drafts.clear()])
})

describe('a note save checks the version it read', () => {
  it('goes through on the current version and returns the new one', async () => {
    await db.annotations.put(note)
    const result = await saveNoteBody('n-1', 'mine', { updated: V1, body: 'first' })
    const stored = await db.annotations.get('n-1')
    expect(stored?.body).toBe('mine')
    expect(result).toEqual({ saved: true, base: { updated: stored?.updated, body: 'mine' } })
    expect(stored?.updated).not.toBe(V1)
  })

  it('is refused on an old version, overwriting nothing, and returns the current text', async () => {
    await db.annotations.put(note)
    // Another window saves first.
    const theirs = await saveNoteBody('n-1', 'theirs', { updated: V1, body: 'first' })
    expect(theirs.saved).toBe(true)
    await db.drafts.put({ id: 'n-1', text: 'mine', basedOn: V1, time: new Date().toISOString() })
    const stale = await saveNoteBody('n-1', 'mine', { updated: V1, body: 'first' })
    const stored = await db.annotations.get('n-1')
    expect(stale).toEqual({ saved: false, theirs: { updated: stored?.updated, body: 'theirs' } })
    expect(stored?.body).toBe('theirs')
    // The refused text stays as a draft.
    expect((await db.drafts.get('n-1'))?.text).toBe('mine')
  })

  it('is not refused when only the tags changed since', async () => {
    await db.annotations.put(note)
    await addTags(['n-1'], ['policy'])
    const result = await saveNoteBody('n-1', 'mine', { updated: V1, body: 'first' })
    expect(result.saved).toBe(true)
    expect(await db.annotations.get('n-1')).toMatchObject({ body: 'mine', tags: ['policy'] })
  })
})

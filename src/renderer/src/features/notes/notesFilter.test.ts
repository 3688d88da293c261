import { describe, expect, it } from 'vitest'
import type { Annotation, Collection } from '@shared/model/annotation'
import { applyNotesFilter, notesFilterFromParams, notesFilterToParams, type NoteRowView } from './notesFilter'

const a = (over: Partial<Annotation> & Pick<Annotation, 'id'>): Annotation => ({
  kind: 'note',
  targetType: 'initiative',
  targetId: 'adm-2030',
  body: '',
  tags: [],
  links: [],
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-10T00:00:00.000Z',
  deleted: null,
  ...over
})
const rows: NoteRowView[] = [
  { annotation: a({ id: 'n1', body: 'Endorsement wording differs', tags: ['to-verify'] }), targetTitle: 'ASEAN Digital Masterplan 2030' },
  { annotation: a({ id: 'h1', kind: 'highlight', targetType: 'source', targetId: 'vjst', color: 'green', updated: '2026-02-01T00:00:00.000Z' }), targetTitle: 'VJST article' },
  { annotation: a({ id: 'n2', targetId: 'gone', deleted: null }), targetTitle: null },
  { annotation: a({ id: 'n3', deleted: '2026-03-01T00:00:00.000Z', tags: ['to-verify'] }), targetTitle: 'X' }
]
const none = notesFilterFromParams(new URLSearchParams())
const ids = (f: Partial<typeof none>, collections: Collection[] = []) => applyNotesFilter(rows, { ...none, ...f }, collections).map((r) => r.annotation.id)

describe('notes filter', () => {
  it('separates live, detached and trashed notes', () => {
    expect(ids({})).toEqual(['n1', 'h1', 'n2'])
    expect(ids({ view: 'detached' })).toEqual(['n2'])
    expect(ids({ view: 'trash' })).toEqual(['n3'])
  })
  it('filters by tag, colour, type, date and text', () => {
    expect(ids({ tag: 'to-verify' })).toEqual(['n1'])
    expect(ids({ color: 'green' })).toEqual(['h1'])
    expect(ids({ type: 'source' })).toEqual(['h1'])
    expect(ids({ from: '2026-01-15' })).toEqual(['h1'])
    expect(ids({ to: '2026-01-15' })).toEqual(['n1', 'n2'])
    expect(ids({ q: 'endorsement masterplan' })).toEqual(['n1'])
  })
  it('filters by collection: the annotation itself, its target, or a linked initiative', () => {
    const c: Collection = { id: 'c1', name: 'DEFA', description: '', items: [{ type: 'annotation', id: 'h1' }, { type: 'initiative', id: 'adm-2030' }], created: '', updated: '', deleted: null }
    expect(ids({ collection: 'c1' }, [c])).toEqual(['n1', 'h1'])
  })
  it('round-trips through the URL, ignoring bad dates', () => {
    const f = { ...none, view: 'trash' as const, tag: 'x', from: '2026-01-01' }
    expect(notesFilterFromParams(notesFilterToParams(f))).toEqual(f)
    expect(notesFilterFromParams(new URLSearchParams('from=yesterday&view=bogus'))).toEqual(none)
  })
})

import { describe, expect, it } from 'vitest'
import { NotesIndex } from '../../src/shared/search/notesIndex'
import { search } from '../../src/shared/search/engine'
import type { Annotation } from '../../src/shared/model/annotation'

const note = (id: string, body: string, updated = '2026-01-01T00:00:00.000Z', deleted: string | null = null): Annotation => ({
  id,
  kind: 'note',
  targetType: 'initiative',
  targetId: 'adm-2030',
  body,
  tags: [],
  links: [],
  created: '2026-01-01T00:00:00.000Z',
  updated,
  deleted
})
const title = (): string => 'ASEAN Digital Masterplan 2030'
const ids = (index: NotesIndex, text: string): string[] => search(index.indexes, text).hits.map((h) => h.id)

describe('notes index with a delta', () => {
  const base = Array.from({ length: 50 }, (_, i) => note(`n${i}`, `Observation ${i} about connectivity and trade.`))

  it('finds a new note without rebuilding the base', () => {
    const index = new NotesIndex()
    index.rebuild(base, title)
    expect(index.update([...base, note('new', 'Submarine cables and quokkas.')], title)).toBe(1)
    expect(index.pending).toBe(1)
    expect(ids(index, 'quokkas')).toEqual(['new'])
    expect(index.size).toBe(51)
  })

  it('forgets an edited note’s old words and finds its new ones', () => {
    const index = new NotesIndex()
    index.rebuild(base, title)
    const edited = base.map((n) => (n.id === 'n7' ? note('n7', 'Now about data governance.', '2026-02-01T00:00:00.000Z') : n))
    index.update(edited, title)
    expect(ids(index, '"Observation 7"')).toEqual([])
    expect(ids(index, 'governance')).toEqual(['n7'])
    expect(ids(index, 'connectivity')).toHaveLength(49)
  })

  it('drops notes moved to the Trash or deleted for good, and brings back a restored one', () => {
    const index = new NotesIndex()
    index.rebuild(base, title)
    const trashed = base.filter((n) => n.id !== 'n3').map((n) => (n.id === 'n4' ? { ...n, deleted: '2026-03-01T00:00:00.000Z' } : n))
    expect(index.update(trashed, title)).toBe(2)
    expect(ids(index, 'connectivity')).toHaveLength(48)
    expect(ids(index, 'connectivity')).not.toContain('n4')
    index.update(base.filter((n) => n.id !== 'n3'), title)
    expect(ids(index, 'connectivity')).toContain('n4')
  })

  it('folds the delta into the base on rebuild with the same results', () => {
    const index = new NotesIndex()
    index.rebuild(base, title)
    const all = [...base, note('new', 'Submarine cables.')]
    index.update(all, title)
    const before = ids(index, 'submarine')
    index.rebuild(all, title)
    expect(index.pending).toBe(0)
    expect(ids(index, 'submarine')).toEqual(before)
  })
})

describe('notes in other languages', () => {
  it('indexes a note written in Vietnamese as Vietnamese, and one in English as English', () => {
    const index = new NotesIndex()
    index.rebuild(
      [
        note('vi', 'Ghi chú: kinh tế số là trọng tâm của kế hoạch này.'),
        note('vi-other', 'Ghi chú: kinh tế khu vực tăng trưởng chậm lại.'),
        note('en', 'The ministers said so, and the plans were approved.')
      ],
      () => 'Work plans approved at ADGMIN 6'
    )
    // "số" (digital) is a word of the Vietnamese note, not the English stop word "so".
    expect(ids(index, 'kinh te so')[0]).toBe('vi')
    expect(ids(index, 'so')).toEqual(['vi'])
    // The English note keeps English stems: "approve" finds "approved" in it first; and every
    // note's target name is read as English ("approving" finds "approved" there too).
    expect(ids(index, 'approve')[0]).toBe('en')
    expect(ids(index, 'approving')).toEqual(expect.arrayContaining(['vi', 'vi-other', 'en']))
  })
})

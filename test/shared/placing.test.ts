import { describe, expect, it } from 'vitest'
import { describePassage } from '../../src/shared/annotations/anchoring'
import { placeHighlights } from '../../src/shared/annotations/placing'
import type { Annotation } from '../../src/shared/model/annotation'

const first = { id: 'source-a', text: 'ADGMIN 6 officially approved the ASEAN Digital Masterplan 2030, marking a new chapter.' }
const second = { id: 'source-b', text: 'The Kuching Declaration on submarine cable resilience was discussed by officials.' }
const highlight = (id: string, source: { id: string; text: string }, phrase: string, extra: Partial<Annotation> = {}): Annotation => {
  const start = source.text.indexOf(phrase)
  return {
    id,
    kind: 'highlight',
    targetType: 'source',
    targetId: source.id,
    selector: describePassage(source.text, start, start + phrase.length),
    body: '',
    tags: [],
    links: [],
    color: 'green',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    deleted: null,
    ...extra
  }
}

describe('placing highlights as a reader moves between sources', () => {
  const onFirst = highlight('h-a', first, 'ASEAN Digital Masterplan 2030')
  const onSecond = highlight('h-b', second, 'submarine cable resilience')

  it('places a source’s own highlights and changes no mark', () => {
    const { placed, orphanChanges } = placeHighlights(first, [onFirst])
    expect(placed.map((p) => [p.annotation.id, p.anchor?.start])).toEqual([['h-a', first.text.indexOf('ASEAN Digital')]])
    expect(orphanChanges).toEqual([])
  })

  it('never marks a highlight detached from another source’s text (the moment between two pages)', () => {
    // New text, old highlights: what the screen holds just after navigating from the first source.
    expect(placeHighlights(second, [onFirst])).toEqual({ placed: [], orphanChanges: [] })
    // Old text, new highlights: the other order in which the two reads can arrive.
    expect(placeHighlights(first, [onSecond])).toEqual({ placed: [], orphanChanges: [] })
    expect(placeHighlights(undefined, [onFirst])).toEqual({ placed: [], orphanChanges: [] })
  })

  it('marks a highlight detached only when its own source’s text lost the passage, and clears it when found again', () => {
    const edited = { ...first, text: 'ADGMIN 6 met in Ha Noi.' }
    expect(placeHighlights(edited, [onFirst]).orphanChanges).toEqual([{ id: 'h-a', orphaned: true }])
    expect(placeHighlights(first, [{ ...onFirst, orphaned: true }]).orphanChanges).toEqual([{ id: 'h-a', orphaned: false }])
  })
})

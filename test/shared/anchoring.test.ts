import { describe, expect, it } from 'vitest'
import { anchorPassage, contentHash, describePassage } from '../../src/shared/annotations/anchoring'

const original =
  'ADGMIN 6 officially approved the ASEAN Digital Masterplan 2030 (ADM 2030), marking an ambitious new chapter. ' +
  'ADGMIN 6 also approved the Guidelines on digital platform regulation in ASEAN as regional recommendations. ' +
  'The meeting noted the Chairman’s Statement of the 28th ASEAN - China Summit.'
const passage = 'the Guidelines on digital platform regulation in ASEAN'
const start = original.indexOf(passage)
const selector = describePassage(original, start, start + passage.length)

describe('passage selectors', () => {
  it('records the quote with 32 characters of context, the position and a content hash', () => {
    expect(selector.quote.exact).toBe(passage)
    expect(selector.quote.prefix).toBe(original.slice(start - 32, start))
    expect(selector.quote.suffix).toBe(original.slice(start + passage.length, start + passage.length + 32))
    expect(selector.position).toEqual({ type: 'TextPositionSelector', start, end: start + passage.length })
    expect(selector.contentHash).toBe(contentHash(original))
    expect(contentHash(original + ' ')).not.toBe(selector.contentHash)
    expect(() => describePassage(original, 5, 5)).toThrow(RangeError)
  })

  it('anchors by position when the text is unchanged', () => {
    expect(anchorPassage(original, selector)).toEqual({ start, end: start + passage.length, method: 'position', score: 1 })
  })

  it('finds a moved passage by its exact quote', () => {
    const moved = 'An editor added a sentence at the top. ' + original
    const anchor = anchorPassage(moved, selector)
    expect(anchor).toMatchObject({ method: 'quote' })
    expect(moved.slice(anchor!.start, anchor!.end)).toBe(passage)
  })

  it('picks the occurrence whose context fits when the quote repeats', () => {
    const repeated = 'ADGMIN 6 officially approved it. ' + original.replace('regional recommendations', 'regional recommendations; ADGMIN 6')
    const sel = describePassage(original, original.indexOf('ADGMIN 6 also'), original.indexOf('ADGMIN 6 also') + 8)
    const anchor = anchorPassage('Intro. ' + repeated, sel)
    expect(anchor?.method).toBe('quote')
    expect(('Intro. ' + repeated).slice(anchor!.start, anchor!.start + 14)).toBe('ADGMIN 6 also ')
  })

  it('finds a partly changed passage approximately', () => {
    const edited = original.replace('Guidelines on digital platform regulation in ASEAN', 'Guidelines on digital-platform regulation across ASEAN')
    const anchor = anchorPassage(edited, selector)
    expect(anchor?.method).toBe('fuzzy')
    expect(edited.slice(anchor!.start, anchor!.end)).toMatch(/Guidelines on digital-platform regulation (across )?ASEAN/)
  })

  it('orphans a passage that is gone', () => {
    const gone = original.replace(/ADGMIN 6 also approved[^.]*\./, 'The meeting discussed other matters entirely, at length.')
    expect(anchorPassage(gone, selector)).toBeNull()
    expect(anchorPassage('', selector)).toBeNull()
  })
})

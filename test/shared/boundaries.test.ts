import { describe, expect, it } from 'vitest'
import { extendSelection, sentenceFrom, sentencesOf, wordsOf } from '@shared/text/boundaries'

const text = 'Ministers adopted the ASEAN Digital Masterplan 2030. They noted DEFA. Talks continue in 2027.'
const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null)

describe('words and sentences for keyboard selection', () => {
  it('cuts sentences without their trailing spaces, and words without punctuation', () => {
    expect(sentencesOf(text).map(slice)).toEqual(['Ministers adopted the ASEAN Digital Masterplan 2030.', 'They noted DEFA.', 'Talks continue in 2027.'])
    expect(wordsOf('They noted DEFA.').map((w) => 'They noted DEFA.'.slice(w.start, w.end))).toEqual(['They', 'noted', 'DEFA'])
  })

  it('extends and shrinks a selection at its end by a word or a sentence, within the paragraph', () => {
    const first = sentenceFrom(text, 0)!
    expect(slice(first)).toBe('Ministers adopted the ASEAN Digital Masterplan 2030.')
    expect(slice(sentenceFrom(text, first.end))).toBe('They noted DEFA.')
    const word = wordsOf(text)[0]!
    const two = extendSelection(text, word, 'word', 1)
    expect(slice(two)).toBe('Ministers adopted')
    expect(slice(extendSelection(text, two, 'word', -1))).toBe('Ministers')
    // Never shorter than its first unit, never past the text.
    expect(slice(extendSelection(text, word, 'word', -1))).toBe('Ministers')
    const all = extendSelection(text, extendSelection(text, first, 'sentence', 1), 'sentence', 1)
    expect(slice(all)).toBe(text)
    expect(extendSelection(text, all, 'sentence', 1)).toEqual(all)
    expect(slice(extendSelection(text, all, 'sentence', -1))).toBe('Ministers adopted the ASEAN Digital Masterplan 2030. They noted DEFA.')
    // A word less from a whole sentence takes its last word and its full stop together.
    expect(slice(extendSelection(text, first, 'word', -1))).toBe('Ministers adopted the ASEAN Digital Masterplan')
  })

  it('cuts Thai, written without spaces, into its words', () => {
    const thai = 'รัฐมนตรีดิจิทัลอาเซียนประชุมที่กรุงเทพ'
    const words = wordsOf(thai, 'th').map((w) => thai.slice(w.start, w.end))
    expect(words.length).toBeGreaterThan(3)
    expect(words.join('')).toBe(thai)
  })
})

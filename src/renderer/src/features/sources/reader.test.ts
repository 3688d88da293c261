import { describe, expect, it } from 'vitest'
import { findQuote, parseRange, segmentParagraph, sentenceAround, toParagraphs } from './reader'

describe('reader helpers', () => {
  const text = 'First line.\n\nADGMIN 6 approved ADM 2030. It marks a new chapter.\nLast one'
  it('splits paragraphs with offsets into the text', () => {
    for (const p of toParagraphs(text)) expect(text.slice(p.start, p.end)).toBe(p.text)
    expect(toParagraphs(text).map((p) => p.text)).toEqual(['First line.', 'ADGMIN 6 approved ADM 2030. It marks a new chapter.\nLast one'])
  })
  it('finds a quote across different whitespace', () => {
    const hit = findQuote(text, 'approved   ADM\n2030')
    expect(hit && text.slice(hit.start, hit.end)).toBe('approved ADM 2030')
    expect(findQuote(text, 'not there')).toBeNull()
    expect(findQuote(text, '   ')).toBeNull()
  })
  it('returns the sentence around a mention', () => {
    const start = text.indexOf('ADM 2030')
    expect(sentenceAround(text, start, start + 8)).toEqual({ text: 'ADGMIN 6 approved ADM 2030.', start: text.indexOf('ADGMIN 6') })
    const last = text.indexOf('Last')
    expect(sentenceAround(text, last, last + 4).text).toBe('Last one')
  })
  it('parses ranges defensively', () => {
    expect(parseRange('3-9', 10)).toEqual({ start: 3, end: 9 })
    for (const bad of ['9-3', '3-99', 'a-b', '', null, '3-9;x']) expect(parseRange(bad, 10)).toBeNull()
  })
})

describe('segmentParagraph', () => {
  it('cuts at mentions and at the highlight, keeping text and offsets', () => {
    const paragraph = { start: 10, end: 42, text: 'ADGMIN 6 approved ADM 2030 today' }
    const mentions = [
      { start: 10, end: 18, id: 'adgmin-6' },
      { start: 28, end: 36, id: 'adm-2030' },
      { start: 30, end: 34, id: 'overlap' }
    ]
    const segments = segmentParagraph(paragraph, mentions, [
      { start: 19, end: 36, key: 'quote' },
      { start: 28, end: 50, key: 'hl-1' }
    ])
    expect(segments.map((s) => [s.text, s.mention?.id ?? null, s.marks.map((m) => m.key)])).toEqual([
      ['ADGMIN 6', 'adgmin-6', []],
      [' ', null, []],
      ['approved ', null, ['quote']],
      ['ADM 2030', 'adm-2030', ['quote', 'hl-1']],
      [' today', null, ['hl-1']]
    ])
    expect(segments.map((s) => s.text).join('')).toBe(paragraph.text)
  })
})

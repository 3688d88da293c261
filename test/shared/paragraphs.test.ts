import { describe, expect, it } from 'vitest'
import { MAX_PASSAGE, isHeading, toParagraphs, toPassages } from '../../src/shared/text/paragraphs'

const sentence = (i: number) => `Sentence ${i} says something about regional digital cooperation in some detail.`

describe('paragraphs and passages', () => {
  it('reads each line as a paragraph in a text with no blank lines', () => {
    const text = ['Title line', sentence(1), sentence(2)].join('\n')
    expect(toParagraphs(text).map((p) => p.text)).toEqual(['Title line', sentence(1), sentence(2)])
  })

  it('keeps wrapped prose together, and splits a block whose lines are paragraphs of their own', () => {
    const wrapped = 'A short line of prose that\nwraps onto a second line.\n\nNext paragraph.'
    expect(toParagraphs(wrapped).map((p) => p.text)).toEqual(['A short line of prose that\nwraps onto a second line.', 'Next paragraph.'])
    const long = `${sentence(1)} ${sentence(2)}`
    const clipped = `Heading\n\n${long}\n${long}`
    expect(toParagraphs(clipped).map((p) => p.text)).toEqual(['Heading', long, long])
  })

  it('cuts a long paragraph into passages at sentence ends, with offsets into the text', () => {
    const text = `Intro.\n\n${Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ')}`
    const [, long] = toParagraphs(text)
    const passages = toPassages(long!)
    expect(passages.length).toBeGreaterThan(2)
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE)
      expect(text.slice(p.start, p.end)).toBe(p.text)
      expect(p.text).toMatch(/^Sentence \d+[\s\S]*\.$/)
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(long!.text)
  })

  it('tells headings from sentences', () => {
    expect(isHeading('The chair’s four priorities')).toBe(true)
    expect(isHeading('Ministers adopted the declaration.')).toBe(false)
    expect(isHeading('It has six components:')).toBe(false)
  })
})

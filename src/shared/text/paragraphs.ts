/** Paragraphs of a plain text with their offsets, and finding a quote in it. Pure. */
import { escapeRegExp } from './escapeRegExp'

export interface Paragraph {
  start: number
  end: number
  text: string
}

/** A line this long is prose on its own, not a line of wrapped prose. */
const LONG_LINE = 100

/**
 * Splits a text into paragraphs, keeping offsets into `text`. Blank lines separate paragraphs.
 * Within a block of lines, lines are one paragraph when they read as wrapped prose (every line but
 * the last shorter than `LONG_LINE`), and each line is its own paragraph when any is longer, as
 * in pages saved with one paragraph per line. A text with no blank line at all has a paragraph
 * per line.
 */
export function toParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const linePerParagraph = !/\n[ \t]*\n/.test(text.trim())
  const block = /[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g
  for (let m = block.exec(text); m; m = block.exec(text)) {
    if (!m[0].trim()) continue
    const lines = m[0].split('\n')
    const wrapped = !linePerParagraph && lines.slice(0, -1).every((l) => l.length < LONG_LINE)
    if (wrapped || lines.length === 1) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
      continue
    }
    let at = m.index
    for (const line of lines) {
      if (line.trim()) out.push({ start: at, end: at + line.length, text: line })
      at += line.length + 1
    }
  }
  return out
}

/** A passage longer than this is cut at sentence ends for search. */
export const MAX_PASSAGE = 600

let sentences: Intl.Segmenter | null | undefined
function sentenceEnds(text: string): number[] {
  sentences ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null
  if (sentences) return [...sentences.segment(text)].map((s) => s.index + s.segment.length)
  const ends: number[] = []
  for (const m of text.matchAll(/[.!?…][)"'’”]*\s+/g)) ends.push(m.index + m[0].length)
  ends.push(text.length)
  return ends
}

/**
 * A paragraph as passages of at most about `max` characters, cut at sentence ends (a sentence
 * longer than that stays whole). Offsets are into the same text as the paragraph's.
 */
export function toPassages(paragraph: Paragraph, max = MAX_PASSAGE): Paragraph[] {
  if (paragraph.text.length <= max) return [paragraph]
  const out: Paragraph[] = []
  let from = 0
  let last = 0
  for (const end of sentenceEnds(paragraph.text)) {
    if (end - from > max && last > from) {
      out.push(slice(paragraph, from, last))
      from = last
    }
    last = end
  }
  if (last > from) out.push(slice(paragraph, from, last))
  return out.filter((p) => p.text.trim())
}

function slice(paragraph: Paragraph, from: number, to: number): Paragraph {
  const text = paragraph.text.slice(from, to)
  const trimmed = text.trimEnd()
  return { start: paragraph.start + from, end: paragraph.start + from + trimmed.length, text: trimmed }
}

/** Finds `quote` in `text` ignoring differences in whitespace; returns offsets into `text`. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).map(escapeRegExp)
  if (words.length === 0 || words[0] === '') return null
  const match = new RegExp(words.join('\\s+')).exec(text)
  return match ? { start: match.index, end: match.index + match[0].length } : null
}


/** A list item: a bullet, or a number or letter with a dot or parenthesis. */
export const isListItem = (text: string): boolean => /^[ \t]*(?:[-*+•·▪◦–]|\d{1,3}[.)]|[a-z][.)])[ \t]+\S/i.test(text)

/** A heading: one short line that does not end a sentence or run into a list. */
export const isHeading = (text: string): boolean => text.length <= 90 && !text.includes('\n') && !/[.!?:;,…]["'’”)]*\s*$/.test(text) && !isListItem(text)

/** Paragraphs of a plain text with their offsets, and finding a quote in it. Pure. */
import { escapeRegExp } from './escapeRegExp'

export interface Paragraph {
  start: number
  end: number
  text: string
}

/** Splits on blank lines (or single newlines between lines of prose) keeping offsets into `text`. */
export function toParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  }
  return out
}

/** Finds `quote` in `text` ignoring differences in whitespace; returns offsets into `text`. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).map(escapeRegExp)
  if (words.length === 0 || words[0] === '') return null
  const match = new RegExp(words.join('\\s+')).exec(text)
  return match ? { start: match.index, end: match.index + match[0].length } : null
}


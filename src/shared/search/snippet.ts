/**
 * Highlighting, as Lucene separates it from scoring: where the matched terms are in a text, and a
 * window of text around them. Words are found by the same analysis as the index (`termsOf`), so
 * "Hà Nội" is marked for "ha noi" and "chaired" for "chair".
 */
import { FAMILY_MARK, familyTerms, termOf, VERBATIM_MARK, verbatimTerm } from './analysis'
import { escapeRegExp } from '../text/escapeRegExp'
import { NON_ASCII, scanWords, tokenWords } from '../text/tokenize'

export interface SnippetPart {
  text: string
  match: boolean
}

/**
 * Where words whose index term is in `terms` occur in `text`, as [start, length]. A stem keeps
 * its word's first two letters (Porter never changes them), so only words starting like a
 * wanted term are stemmed.
 */
export function positionsOf(text: string, terms: ReadonlySet<string>, max = 40): [number, number][] {
  const out: [number, number][] = []
  if (!terms.size || !text) return out
  // A word is wanted as English or another language analyses it (`analysis.ts`).
  const wanted = (word: string): boolean => terms.has(termOf(word)) || terms.has(verbatimTerm(word))
  // A word family matched ("~dukung"): any word of it is marked, whatever its first letters.
  const families = new Set([...terms].filter((t) => t.startsWith(FAMILY_MARK)))
  if (families.size) {
    scanWords(text, (word, start, end) => {
      if (wanted(word) || familyTerms(word).some((f) => families.has(f))) out.push([start, end - start])
      return out.length < max
    })
    return out
  }
  const heads = new Set([...terms].map((t) => (t.startsWith(VERBATIM_MARK) ? t.slice(1) : t).slice(0, 2)))
  // ASCII text: jump from one word starting like a wanted term to the next.
  if (!NON_ASCII.test(text)) {
    const jump = new RegExp(`\\b(?:${[...heads].map(escapeRegExp).join('|')})[A-Za-z0-9']*`, 'gi')
    for (let m = jump.exec(text); m && out.length < max; m = jump.exec(text)) {
      const at = m.index
      scanWords(m[0], (word, start, end) => {
        if (wanted(word)) out.push([at + start, end - start])
      })
    }
    return out
  }
  scanWords(text, (word, start, end) => {
    if (heads.has(word.slice(0, 2)) && wanted(word)) out.push([start, end - start])
    return out.length < max
  })
  return out
}

export function snippetFrom(text: string, positions: [number, number][], width = 220): SnippetPart[] {
  if (!text) return []
  const sorted = [...positions].sort((a, b) => a[0] - b[0])
  const first = sorted[0]?.[0] ?? 0
  let from = Math.max(0, Math.min(first - 60, text.length - width))
  let to = Math.min(text.length, from + width)
  // Cut at word boundaries, never inside a match.
  if (from > 0) {
    const space = text.slice(from, Math.min(first, from + 25)).search(/\s/)
    if (space >= 0) from += space + 1
  }
  if (to < text.length) {
    const space = text.slice(Math.max(from, to - 25), to).search(/\s\S*$/)
    const lastMatchEnd = Math.max(0, ...sorted.map(([s, l]) => (s + l <= to ? s + l : 0)))
    if (space >= 0 && Math.max(from, to - 25) + space >= lastMatchEnd) to = Math.max(from, to - 25) + space
  }
  const parts: SnippetPart[] = []
  let cursor = from
  for (const [start, length] of sorted) {
    if (start < cursor || start + length > to) continue
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false })
    parts.push({ text: text.slice(start, start + length), match: true })
    cursor = start + length
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), match: false })
  if (from > 0) parts.unshift({ text: '…', match: false })
  if (to < text.length) parts.push({ text: '…', match: false })
  return parts
}

/** Tests whether a text holds a phrase: its words, in order, next to each other. */
export interface PhraseMatcher {
  test(text: string): boolean
}

/**
 * A phrase as the tokenizer reads it, so "Hà Nội" matches "ha noi" and "ADGMIN-4" "adgmin 4".
 * Most texts are decided by a regular expression over the raw text (the words in order, apart
 * only by what is not a letter or digit); only a text it cannot decide (accents, letters and digits
 * run together) is tokenized.
 */
export function phrasePattern(phrase: string): PhraseMatcher {
  const wanted = tokenWords(phrase)
  const raw = new RegExp(`(?<![\\p{L}\\p{N}])${wanted.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu')
  return {
    test(text: string): boolean {
      if (!wanted.length || raw.test(text)) return true
      if (!NON_ASCII.test(text) && !/\d/.test(phrase)) return false
      const have = tokenWords(text)
      outer: for (let i = 0; i + wanted.length <= have.length; i++) {
        for (let j = 0; j < wanted.length; j++) if (have[i + j] !== wanted[j]) continue outer
        return true
      }
      return false
    }
  }
}

/** Whether a document holds every phrase, in one of its text fields. */
export function hasPhrases(doc: { title: string; aliases: string; body: string; tags: string }, patterns: readonly PhraseMatcher[]): boolean {
  return patterns.every((p) => p.test(doc.title) || p.test(doc.body) || p.test(doc.aliases) || p.test(doc.tags))
}

/**
 * Query rewriting: what one typed word may stand for in the index. The word itself (exact), the
 * terms it begins while it is still being typed (prefix), and for a word the index lacks, the
 * terms within one or two edits (typo). The evaluator weighs each kind below the exact word.
 */
import { stemOf } from './analysis'
import type { CompactIndex } from './compactIndex'
import { runtimeOf } from './compactIndex'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'

/** First index of `terms` not below `key` (terms are sorted by code unit). */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (terms[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether any of the indexes searched together holds the term. */
export const holds = (indexes: readonly CompactIndex[], term: string): boolean => indexes.some((ix) => runtimeOf(ix).termIds.has(term))

/**
 * What a word being typed may become: the shortest terms it begins in any of the indexes searched
 * together (at most `limit`, so a three-letter prefix costs a few terms, not thousands), and the
 * stems it already runs past ("cooperat" has passed "cooper"). Read over every index at once, so
 * a word plans the same whichever segment holds its documents.
 */
export function completions(indexes: readonly CompactIndex[], prefix: string, limit = 10): string[] {
  const found = new Set<string>()
  for (const index of indexes) {
    const terms = index.terms
    for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      if (terms[i] !== prefix) found.add(terms[i]!)
    }
  }
  const out = [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit)
  for (let k = prefix.length - 1; k >= Math.max(4, prefix.length - 4); k--) {
    const passed = prefix.slice(0, k)
    if (holds(indexes, passed) && !out.includes(passed) && passed !== stemOf(prefix)) out.push(passed)
  }
  return out
}

/** Damerau–Levenshtein distance (adjacent transpositions), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1)
      row.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length]!
}

/** How many edits a typo of this length may have. */
export const allowedEdits = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0)

/**
 * Index terms near a word the index lacks, with their distance: terms within the allowed edits of
 * the word or of its stem that share its first letter, and the stems of every one-edit variant
 * of the word (which also catches a wrong first letter, and "cybersecurty", whose stem
 * "cybersecurti" is two edits from "cybersecur" though the word is one from "cybersecurity").
 */
export function typoTerms(indexes: readonly CompactIndex[], word: string, limit = 6): { term: string; edits: number }[] {
  const max = allowedEdits(word)
  if (!max || /\d/.test(word)) return []
  const stem = stemOf(word)
  const found = new Map<string, number>()
  for (const index of indexes) {
    const terms = index.terms
    for (let i = lowerBound(terms, word[0]!); i < terms.length && terms[i]![0] === word[0]; i++) {
      const term = terms[i]!
      if (found.has(term)) continue
      if (Math.abs(term.length - stem.length) > max && Math.abs(term.length - word.length) > max) continue
      const edits = Math.min(editDistance(word, term, max), editDistance(stem, term, max))
      if (edits <= max && term !== stem) found.set(term, edits)
    }
  }
  // Variants one edit from the word, stemmed.
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    const variants: string[] = []
    if (tail) variants.push(head + tail.slice(1))
    if (tail.length > 1) variants.push(head + tail[1] + tail[0] + tail.slice(2))
    for (const c of ALPHABET) {
      variants.push(head + c + tail)
      if (tail) variants.push(head + c + tail.slice(1))
    }
    for (const variant of variants) {
      const s = stemOf(variant)
      if (s !== stem && !found.has(s) && holds(indexes, s)) found.set(s, 1)
    }
  }
  return [...found]
    .map(([term, edits]) => ({ term, edits }))
    .sort((a, b) => a.edits - b.edits || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit)
}

/**
 * Re-ranking of the best hits by how the query's words sit in their text, read for a few dozen
 * hits only (the postings say which words a document holds, not where):
 * - words typed next to each other that stand next to each other in the text ("kết nối trí tuệ",
 *   a Thai compound the segmenter cut in two, "Bangkok Declaration") count more than the same words
 *   apart; stop words between them are ignored;
 * - a word typed with its accents or tone marks ("bão", storm) ranks a text that writes it so
 *   above one that holds only its folded form ("bảo", to protect); a word typed without them
 *   ("bao") matches every form alike.
 */
import { termOf } from './analysis'
import { positionsOf } from './snippet'
import { fold, NON_ASCII, tokenWords } from '../text/tokenize'

/** What the query's words add up to for each adjacent pair found, as a share of all pairs. */
const ADJACENT_BONUS = 0.5
/** A text holding a word typed with diacritics only in another (folded) form. */
const FOLDED_ONLY = 0.7
/** The most matches read in one text. */
const MAX_MATCHES = 60

export interface QueryShape {
  /** Index terms of the query's words, in the order typed (stop words left out). */
  terms: string[]
  /** For each term, the word as typed (lower case, NFC) when folding changed it. */
  written: (string | undefined)[]
}

/** The word as typed when folding takes something off it (accents, tone marks), else undefined. */
export function writtenForm(word: string): string | undefined {
  const lower = word.toLowerCase().normalize('NFC')
  return NON_ASCII.test(lower) && fold(lower) !== lower ? lower : undefined
}

/** Vietnamese tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g

/**
 * Whether two words are written alike: the same letters and marks, wherever a tone mark sits.
 * Vietnamese places it on either vowel of "oa", "oe", "uy" ("hoà" and "hòa", "thuỷ" and "thủy",
 * both in use), and a word typed one way must rank a text written the other way as written.
 */
export function sameWritten(a: string, b: string): boolean {
  const key = (word: string): string => {
    const d = word.toLowerCase().normalize('NFD')
    return d.replace(TONES, '').normalize('NFC') + (d.match(TONES) ?? []).sort().join('')
  }
  return key(a) === key(b)
}

/** The query's terms and written forms, or null when there is nothing to re-rank by. */
export function queryShape(words: readonly { term: string; written?: string; capitals?: boolean }[]): QueryShape | null {
  const terms: string[] = []
  const written: (string | undefined)[] = []
  for (const word of words) {
    const term = termOf(word.term, word.capitals)
    if (!term) continue
    terms.push(term)
    written.push(word.written)
  }
  const pairs = new Set(terms.slice(1).map((t, i) => terms[i] !== t))
  return pairs.has(true) || written.some(Boolean) ? { terms, written } : null
}

/** Nothing but spaces, punctuation and stop words. */
const isGap = (gap: string): boolean => gap.length < 40 && tokenWords(gap).every((w) => termOf(w) === '')

/** How much a text's arrangement of the query's words multiplies its score (see the file's comment). */
export function arrangementFactor(text: string, shape: QueryShape): number {
  const wanted = new Set(shape.terms)
  const matches = positionsOf(text, wanted, MAX_MATCHES).map(([start, length]) => {
    const word = text.slice(start, start + length)
    return { start, end: start + length, word, term: termOf(tokenWords(word)[0] ?? '') }
  })
  if (!matches.length) return 1
  let factor = 1
  shape.written.forEach((written, i) => {
    if (!written) return
    const forms = matches.filter((m) => m.term === shape.terms[i])
    if (forms.length && !forms.some((m) => sameWritten(m.word, written))) factor *= FOLDED_ONLY
  })
  let pairs = 0
  let found = 0
  for (let i = 0; i + 1 < shape.terms.length; i++) {
    const [a, b] = [shape.terms[i]!, shape.terms[i + 1]!]
    if (a === b) continue
    pairs++
    for (let k = 0; k + 1 < matches.length; k++) {
      if (matches[k]!.term === a && matches[k + 1]!.term === b && isGap(text.slice(matches[k]!.end, matches[k + 1]!.start))) {
        found++
        break
      }
    }
  }
  return factor * (pairs ? 1 + (ADJACENT_BONUS * found) / pairs : 1)
}

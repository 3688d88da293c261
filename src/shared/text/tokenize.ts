/**
 * The one tokenizer of the app: the search index, the query parser and the snippet marker all cut
 * text into words here, so a word found by search is the word marked on screen. Pure.
 *
 * - Words are runs of letters, digits and combining marks; an apostrophe inside a word joins it,
 *   and an English possessive ("Singapore's", "Singapore’s") is dropped.
 * - Letters and digits are cut apart ("ADGMIN4" → adgmin 4, "ADM2030" → adm 2030), and an ordinal's
 *   suffix is dropped ("4th" → 4), so "4th ADGMIN", "ADGMIN-4" and "ADGMIN 4" index alike; digits of
 *   any script are read as ASCII digits (Thai "๕" is 5).
 * - Latin letters are folded for matching (case, accents, tone marks, đ/ø/ß/æ…): "Hà Nội" = "ha noi".
 *   Thai, Lao, Khmer and Burmese, written without spaces between words, are cut into words by
 *   `Intl.Segmenter` (ICU's dictionaries) and only lower-cased.
 * Offsets always point into the original text, so display keeps what was written.
 */
import { asciiDigits } from './digits'

export interface Token {
  /** The word as matched: lower case, folded. */
  text: string
  /** Offsets into the original text. */
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu
/** Scripts written without spaces between words. */
const UNSPACED_BLOCKS: readonly [number, number][] = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x17ff], // Khmer
  [0x19e0, 0x19ff], // Khmer symbols
  [0xaa60, 0xaa7f] // Myanmar extended-A
]
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`
const UNSPACED_RANGES = UNSPACED_BLOCKS.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')
const UNSPACED = new RegExp(`[${UNSPACED_RANGES}]`, 'u')
/** A run of one of those scripts, or of anything else: "ประชุมADGMIN" is two runs. */
const SCRIPT_RUNS = new RegExp(`[${UNSPACED_RANGES}]+|[^${UNSPACED_RANGES}]+`, 'gu')
const ASCII = /^[ -~]*$/
const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h' }
const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu')
const MARKS = /\p{M}+/gu
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/
const ASCII_LETTERS = /^[A-Za-z]+$/
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g
// eslint-disable-next-line no-control-regex -- any code point above ASCII
export const NON_ASCII = /[^\u0000-\u007f]/
const DIGITS = /^[0-9]+$/

/** A word as search matches it: lower case; Latin letters without accents, tone marks or ligatures. */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  if (ASCII.test(lower)) return lower
  if (UNSPACED.test(lower)) return lower.normalize('NFC')
  return lower.normalize('NFD').replace(MARKS, '').replace(SPECIAL_CHARS, (c) => SPECIAL[c]!).normalize('NFC')
}

let segmenter: Intl.Segmenter | null | undefined
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null
  return segmenter
}

/** Runs of Thai, Lao, Khmer and Burmese, marks included. */
const UNSPACED_RUN = new RegExp(`[${UNSPACED_RANGES}]+`, 'gu')

/**
 * Where words begin and end inside the text's runs of Thai, Lao, Khmer and Burmese, as the
 * tokenizer cuts them (`Intl.Segmenter`). Without a segmenter, every position inside such a run.
 */
export function unspacedBoundaries(text: string): Set<number> {
  const out = new Set<number>()
  const segments = wordSegmenter()
  for (const run of text.matchAll(UNSPACED_RUN)) {
    const at = run.index
    if (!segments) for (let i = 0; i <= run[0].length; i++) out.add(at + i)
    else {
      for (const s of segments.segment(run[0])) out.add(at + s.index)
      out.add(at + run[0].length)
    }
  }
  return out
}

/** Whether a character code is Thai, Lao, Khmer or Burmese (letters and marks): a script written without spaces. */
export function isUnspacedCode(c: number): boolean {
  if (c < 0x0e00) return false
  for (const [from, to] of UNSPACED_BLOCKS) if (c >= from && c <= to) return true
  return false
}

/** A visitor of words: the word as matched, and its offsets into the original text. Returning `false` stops the scan. */
export type WordVisitor = (word: string, start: number, end: number) => boolean | void

/** Cuts a letters-and-digits run at each change between letters and digits; drops ordinal suffixes. */
function visitPieces(raw: string, start: number, visit: WordVisitor): boolean {
  const pieces = /\p{N}+|[\p{L}\p{M}'’]+/gu
  let previousDigits = false
  for (let m = pieces.exec(raw); m; m = pieces.exec(raw)) {
    const piece = m[0]
    const isDigits = /^\p{N}/u.test(piece)
    let text = isDigits ? asciiDigits(fold(piece)) : fold(piece)
    if (!isDigits) {
      text = text.replace(/['’]s$/, '').replace(/['’]/g, '')
      if (previousDigits && ORDINAL_SUFFIX.test(text)) continue
    }
    previousDigits = isDigits
    if (text && visit(text, start + m.index, start + m.index + piece.length) === false) return false
  }
  return true
}

/** Calls `visit` for every word of `text`, in order, without building a list (snippets scan many texts). */
export function scanWords(text: string, visit: WordVisitor): void {
  // Plain ASCII text (most English sources) is cut by a byte-class pattern, several times faster.
  const words = NON_ASCII.test(text) ? new RegExp(WORD.source, 'gu') : new RegExp(ASCII_WORD.source, 'g')
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const raw = m[0]
    // Most words are plain ASCII letters or digits: no folding, no cutting.
    if (ASCII_LETTERS.test(raw) || DIGITS.test(raw)) {
      if (visit(raw.toLowerCase(), m.index, m.index + raw.length) === false) return
      continue
    }
    const segments = UNSPACED.test(raw) ? wordSegmenter() : null
    if (!segments) {
      if (!visitPieces(raw, m.index, visit)) return
      continue
    }
    // Latin letters run into Thai ("ประชุมADGMIN") are a word of their own.
    for (const run of raw.matchAll(SCRIPT_RUNS)) {
      const at = m.index + run.index
      if (!UNSPACED.test(run[0])) {
        if (!visitPieces(run[0], at, visit)) return
        continue
      }
      for (const s of segments.segment(run[0])) {
        if (s.isWordLike !== false && !visitPieces(s.segment, at + s.index, visit)) return
      }
    }
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  scanWords(text, (word, start, end) => {
    out.push({ text: word, start, end })
  })
  return out
}

/** The words of a text as search matches them. */
export const tokenWords = (text: string): string[] => {
  const out: string[] = []
  scanWords(text, (word) => {
    out.push(word)
  })
  return out
}

/**
 * Describing a passage of a text so it can be found again after the text changes, following the
 * W3C Web Annotation selectors and the way Hypothesis re-anchors:
 *  1. by position, if the quote is still there;
 *  2. by exact quote, the occurrence whose context and place fit best;
 *  3. by approximate match of the quote, scored on quote, prefix, suffix and distance.
 * A passage none of these finds is an orphan: the caller keeps it and shows it as detached.
 */
import search from 'approx-string-match'

export const CONTEXT_LENGTH = 32

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface PassageSelector {
  quote: TextQuoteSelector
  position: TextPositionSelector
  /** Hash of the whole text the selectors were made on. */
  contentHash: string
}

export interface Anchor {
  start: number
  end: number
  method: 'position' | 'quote' | 'fuzzy'
  /** 0–1, how well the match fits; 1 for position and exact matches in context. */
  score: number
}

/** FNV-1a, 32 bit: its starting value, one code unit mixed in, and the result in hex. */
export const FNV_START = 0x811c9dc5
export const fnvMix = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193)
export const fnvHex = (hash: number): string => (hash >>> 0).toString(16).padStart(8, '0')

/** FNV-1a, 32 bit, hex: cheap, synchronous and stable across processes. */
export function contentHash(text: string): string {
  let hash = FNV_START
  for (let i = 0; i < text.length; i++) hash = fnvMix(hash, text.charCodeAt(i))
  return fnvHex(hash)
}

export function describePassage(text: string, start: number, end: number): PassageSelector {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`Invalid passage ${start}–${end} in a text of ${text.length} characters.`)
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH)
    },
    position: { type: 'TextPositionSelector', start, end },
    contentHash: contentHash(text)
  }
}

/** 0–1 similarity of two short strings by edit distance (1 = equal). */
function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1
  const longest = Math.max(a.length, b.length)
  const [match] = search(a, b, longest).sort((x, y) => x.errors - y.errors)
  const errors = match ? match.errors + Math.abs(match.end - match.start - a.length) : longest
  return Math.max(0, 1 - errors / longest)
}

function scoreCandidate(text: string, selector: PassageSelector, start: number, end: number, quoteScore: number): number {
  const { prefix, suffix } = selector.quote
  const prefixScore = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix)
  const suffixScore = similarity(text.slice(end, end + suffix.length), suffix)
  const distance = Math.abs(start - selector.position.start)
  const positionScore = 1 - Math.min(1, distance / Math.max(1, text.length))
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
}

/** Finds the passage in `text`, or returns null when it cannot be found with confidence. */
export function anchorPassage(text: string, selector: PassageSelector): Anchor | null {
  const { exact } = selector.quote
  const { start, end } = selector.position
  if (exact.length === 0) return null
  if (text.slice(start, end) === exact) return { start, end, method: 'position', score: 1 }

  const exactHits: number[] = []
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) exactHits.push(i)
  if (exactHits.length > 0) {
    const best = exactHits
      .map((s) => ({ s, score: scoreCandidate(text, selector, s, s + exact.length, 1) }))
      .sort((a, b) => b.score - a.score)[0]!
    return { start: best.s, end: best.s + exact.length, method: 'quote', score: best.score }
  }

  const maxErrors = Math.min(256, Math.floor(exact.length / 4))
  if (maxErrors === 0) return null
  const candidates = search(text, exact, maxErrors)
  if (candidates.length === 0) return null
  const best = candidates
    .map((m) => ({ m, score: scoreCandidate(text, selector, m.start, m.end, 1 - m.errors / exact.length) }))
    .sort((a, b) => b.score - a.score)[0]!
  // Below this the match is more likely another passage than an edited one.
  if (best.score < 0.6) return null
  return { start: best.m.start, end: best.m.end, method: 'fuzzy', score: best.score }
}

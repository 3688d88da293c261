/**
 * One hit per text. Copies of a paragraph (a page the user saved of a release the app ships, with
 * its quotes curled or a word changed; one file imported twice) score alike and would fill the
 * results with the same words; exact copies are found by a key, near copies by shared words.
 */
import { tokenWords } from '../text/tokenize'
import type { SearchDoc } from './documents'

/** Passages compared word by word for near copies; further down, only exact copies are found. */
const NEAR_COPY_WINDOW = 60
/** Longer texts (whole documents in other indexes) are compared for exact copies only. */
const NEAR_COPY_LENGTH = 1500
/** Share of words two passages hold in common (Jaccard) above which one is a copy of the other. */
const NEAR_COPY = 0.8
const copyKeys = new WeakMap<SearchDoc, { key: string; words?: Set<string> }>()

/**
 * A text's key for exact copies (case and spacing aside), and its word set for near copies, made
 * once for a text held in memory. A text read from storage for this query is not kept.
 */
function copyKeyOf(doc: SearchDoc, text: string, withWords: boolean): { key: string; words?: Set<string> } {
  const held = text === doc.body
  let entry = held ? copyKeys.get(doc) : undefined
  if (!entry) {
    entry = { key: text.toLowerCase().replace(/\s+/g, ' ').trim() }
    if (held) copyKeys.set(doc, entry)
  }
  if (withWords && !entry.words) entry.words = new Set(tokenWords(text))
  return entry
}

function nearCopy(a: Set<string>, b: Set<string>): boolean {
  if (Math.min(a.size, b.size) < NEAR_COPY * Math.max(a.size, b.size)) return false
  let common = 0
  for (const w of a) if (b.has(w)) common++
  return common / (a.size + b.size - common) >= NEAR_COPY
}

/**
 * One hit per text: the same paragraph in two sources (a page the user saved of a release the
 * dataset ships, with its quotes curled or a word changed; one file imported twice) is shown
 * once, where the better copy ranks, as the user's own copy if they have one.
 */
export function withoutCopies<C extends { doc: SearchDoc; score: number }>(ranked: readonly C[], textOf: (candidate: C) => string = (c) => c.doc.body): C[] {
  const exact = new Map<string, number>()
  const near: { words: Set<string>; at: number }[] = []
  const out: C[] = []
  let passages = 0
  for (const candidate of ranked) {
    if (candidate.doc.kind !== 'passage') {
      out.push(candidate)
      continue
    }
    const text = textOf(candidate)
    const window = passages++ < NEAR_COPY_WINDOW && text.length <= NEAR_COPY_LENGTH
    const { key, words } = copyKeyOf(candidate.doc, text, window)
    const at = exact.get(key) ?? (words ? near.find((n) => nearCopy(n.words, words))?.at : undefined)
    if (at === undefined) {
      exact.set(key, out.length)
      if (words) near.push({ words, at: out.length })
      out.push(candidate)
    } else if (candidate.doc.origin === 'user' && out[at]!.doc.origin !== 'user') {
      out[at] = { ...candidate, score: out[at]!.score }
    }
  }
  return out
}

/**
 * Finds where known entities are named in a text: by name, acronym and aliases, tolerant of case,
 * whitespace, apostrophe and dash variants; longest match first, so "ASEAN Digital Masterplan
 * 2030" wins over "ASEAN Digital Masterplan" inside it. Used to precompute the dataset's mention
 * index and, unchanged, on imported documents.
 */
import { escapeRegExp } from '../text/escapeRegExp'
import { isUnspacedCode, unspacedBoundaries } from '../text/tokenize'
import type { Mention } from '../model/dataset'

export interface MentionTerm {
  entityId: string
  entityType: Mention['entityType']
  term: string
}

interface Named {
  id: string
  name: string
  acronym?: string | null
  aliases?: readonly string[]
}

/** Short all-capital acronyms (ACS, AP) match only in capitals, so ordinary words are not taken. */
const isStrictAcronym = (term: string): boolean => term.length <= 5 && /^[A-Z0-9-]+$/.test(term)

export function mentionTerms(entityType: Mention['entityType'], records: readonly Named[]): MentionTerm[] {
  const out: MentionTerm[] = []
  for (const r of records) {
    const terms = new Set([r.name, r.acronym ?? '', ...(r.aliases ?? [])].map((t) => t.trim()).filter((t) => t.length >= 2))
    terms.forEach((term) => out.push({ entityId: r.id, entityType, term }))
  }
  return out
}

/** The terms of every record the app links in a text: initiatives, meetings and partners. */
export function recordTerms(records: { initiatives: readonly Named[]; meetings: readonly Named[]; parties: readonly Named[] }): MentionTerm[] {
  return [...mentionTerms('initiative', records.initiatives), ...mentionTerms('meeting', records.meetings), ...mentionTerms('party', records.parties)]
}

function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) =>
      escapeRegExp(word)
        .replace(/['’‘]/g, "['’‘]")
        .replace(/-|–|—/g, '\\s*[-–—]\\s*')
    )
    .join('\\s+')
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const ONE_WORD_CHAR = /^[\p{L}\p{N}]$/u

/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0))

/**
 * How many UTF-16 units the letter or digit at `at` takes (2 beyond the BMP), 0 if it is neither.
 * In Thai, Lao, Khmer and Burmese, vowel and tone marks are letters of the word too.
 */
function wordCharLength(text: string, at: number): number {
  if (at >= text.length) return 0
  const c = text.charCodeAt(at)
  if (c < 128) return ASCII_WORD[c]!
  if (c >= 0xd800 && c <= 0xdbff) return ONE_WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0
  return isUnspacedCode(c) || ONE_WORD_CHAR.test(text[at]!) ? 1 : 0
}

/**
 * Scripts as words meet: those written without spaces (Thai, Lao, Khmer, Burmese) and the rest.
 * Where they change, a word ends ("ประชุมADGMIN" is two words), as the tokenizer cuts them.
 */
const scriptAt = (text: string, at: number): 0 | 1 => (isUnspacedCode(text.charCodeAt(at)) ? 1 : 0)

/** Where the run of letters and digits of one script starting at `at` ends. */
function runEnd(text: string, at: number): number {
  const script = scriptAt(text, at)
  let end = at
  while (end < text.length) {
    const c = text.charCodeAt(end)
    const step = c < 128 ? ASCII_WORD[c]! : wordCharLength(text, end)
    if (!step || scriptAt(text, end) !== script) break
    end += step
  }
  return end
}

/** Where the letter or digit that ends just before `at` starts, or -1 if none does. */
function wordCharStartBefore(text: string, at: number): number {
  if (at <= 0) return -1
  const c = text.charCodeAt(at - 1)
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return ONE_WORD_CHAR.test(text.slice(at - 2, at)) ? at - 2 : -1
  return wordCharLength(text, at - 1) > 0 ? at - 1 : -1
}

/**
 * A cheap sieve for a run of letters and digits: its length and its first character in lower
 * case. A run whose shape no term's first run has cannot start a term.
 */
function shapeOf(text: string, at: number, length: number): number {
  const c = text.charCodeAt(at)
  const first = c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : text.slice(at, at + length).toLowerCase().charCodeAt(0)
  return shape(first, length)
}
const shape = (firstCode: number, length: number): number => firstCode * 4096 + Math.min(length, 4095)

interface CompiledTerm {
  term: MentionTerm
  /** Matches at one position only (sticky), tried where the text has the term's first word. */
  sticky: RegExp
  /** The term's first run of letters and digits, in lower case; null when it starts otherwise. */
  key: string | null
  /** Its second run, in lower case; null for a term of one run. */
  second: string | null
  /** For a term in a script written without spaces (Thai…): every place it occurs, its words checked after. */
  everywhere: RegExp | null
}

/** The terms that start with one run: those of one run, and the others by their second run. */
interface KeyedTerms {
  single: CompiledTerm[]
  bySecond: Map<string, CompiledTerm[]>
}

interface CompiledTerms {
  /** Longest first, so the longest match wins. */
  ordered: CompiledTerm[]
  byKey: Map<string, KeyedTerms>
  /** `shapeOf` each key, as written in a text (its length there may differ once lower-cased). */
  shapes: Set<number>
}

const compiledTerms = new WeakMap<readonly MentionTerm[], CompiledTerms>()
const FIRST_RUN = /^[\p{L}\p{N}]/u
const RUNS = /[\p{L}\p{N}]+/gu

function compile(terms: readonly MentionTerm[]): CompiledTerms {
  let compiled = compiledTerms.get(terms)
  if (!compiled) {
    const ordered = [...terms]
      .sort((a, b) => b.term.length - a.term.length || a.entityId.localeCompare(b.entityId))
      .map((t) => {
        const runs = t.term.trim().match(RUNS) ?? []
        const unspaced = isUnspacedCode(t.term.trim().charCodeAt(0))
        const starts = !unspaced && FIRST_RUN.test(t.term.trim())
        return {
          term: t,
          sticky: new RegExp(termPattern(t.term), isStrictAcronym(t.term) ? 'uy' : 'iuy'),
          key: starts ? runs[0]!.toLowerCase() : null,
          second: starts && runs.length > 1 ? runs[1]!.toLowerCase() : null,
          // Its words stand inside sentences without spaces: no word of the text starts it.
          everywhere: unspaced ? new RegExp(termPattern(t.term), 'giu') : null
        }
      })
    const byKey = new Map<string, KeyedTerms>()
    const shapes = new Set<number>()
    for (const c of ordered) {
      if (!c.key) continue
      let keyed = byKey.get(c.key)
      if (!keyed) byKey.set(c.key, (keyed = { single: [], bySecond: new Map() }))
      if (c.second === null) keyed.single.push(c)
      else keyed.bySecond.set(c.second, [...(keyed.bySecond.get(c.second) ?? []), c])
      // "İ" lower-cases to two units ("i̇"): a run written with it is one shorter than its key.
      const dotted = c.key.split('i\u0307').length - 1
      for (let k = 0; k <= dotted; k++) shapes.add(shape(c.key.charCodeAt(0), c.key.length - k))
    }
    compiled = { ordered, byKey, shapes }
    compiledTerms.set(terms, compiled)
  }
  return compiled
}

/**
 * Where each term matches. A match starts at a word (the character before it is not a letter or
 * digit), so each word of the text is looked up by its first run of letters and digits and only
 * the terms starting with it are tried there: one pass over the text instead of one per term.
 */
function candidateMatches(text: string, compiled: CompiledTerms): Map<CompiledTerm, [number, number][]> {
  const hits = new Map<CompiledTerm, [number, number][]>()
  const tryAt = (c: CompiledTerm, at: number): void => {
    c.sticky.lastIndex = at
    const m = c.sticky.exec(text)
    if (!m || m[0].length === 0) return
    const list = hits.get(c)
    if (list) list.push([at, at + m[0].length])
    else hits.set(c, [[at, at + m[0].length]])
  }
  // By character codes, not `matchAll`: most words start no term, and are passed over without a
  // match object or a lower-cased copy (the import does this for every file).
  const length = text.length
  for (let at = 0; at < length; ) {
    const c = text.charCodeAt(at)
    if (c < 128 ? !ASCII_WORD[c] : !wordCharLength(text, at)) {
      at++
      continue
    }
    const end = runEnd(text, at)
    // A run of Thai, Lao, Khmer or Burmese starts no keyed term: those are found `everywhere`, below.
    if (scriptAt(text, at)) {
      at = end
      continue
    }
    const keyed = compiled.shapes.has(shapeOf(text, at, end - at)) ? compiled.byKey.get(text.slice(at, end).toLowerCase()) : undefined
    if (keyed) {
      for (const c of keyed.single) tryAt(c, at)
      // A term of several runs can match only where the text's next run is its second: "ASEAN"
      // starts some fifty names, and each is tried where "ASEAN Digital…" stands, not at every "ASEAN".
      if (keyed.bySecond.size) {
        let next = end
        while (next < length && !wordCharLength(text, next)) next++
        const candidates = next < length ? keyed.bySecond.get(text.slice(next, runEnd(text, next)).toLowerCase()) : undefined
        if (candidates) for (const c of candidates) tryAt(c, at)
      }
    }
    at = end
  }
  for (const c of compiled.ordered) {
    if (c.key) continue
    if (c.everywhere) {
      // Terms in a script written without spaces: every place, whose edges `findMentions` checks.
      for (const m of text.matchAll(c.everywhere)) {
        const list = hits.get(c)
        if (list) list.push([m.index, m.index + m[0].length])
        else hits.set(c, [[m.index, m.index + m[0].length]])
      }
      continue
    }
    // Terms that begin with punctuation: tried at every position where such a character stands.
    for (let at = 0; at < text.length; at++) if (!WORD_CHAR.test(text[at]!)) tryAt(c, at)
  }
  return hits
}

/**
 * Whether a match of `start`–`end` has a word edge at `at` (its start or its end): no letter or
 * digit outside it there, or one of another script, or, where both sides are Thai, Lao, Khmer or
 * Burmese, a place where the segmenter cuts words. Judged by code point: a letter beyond the BMP
 * ("𝐁") glued to a name is part of its word.
 */
function isWordEdge(text: string, start: number, end: number, at: number, cuts: () => Set<number>): boolean {
  const outside = at === start ? wordCharStartBefore(text, at) : wordCharLength(text, at) ? at : -1
  if (outside < 0) return true
  const inside = at === start ? (wordCharLength(text, start) ? start : -1) : wordCharStartBefore(text, end)
  if (inside >= 0 && scriptAt(text, inside) !== scriptAt(text, outside)) return true
  if (inside < 0 || !scriptAt(text, outside)) return false
  return cuts().has(at)
}

export function findMentions(text: string, terms: readonly MentionTerm[], sourceId: string): Mention[] {
  const compiled = compile(terms)
  const hits = candidateMatches(text, compiled)
  // Where the segmenter cuts words in the text's Thai (and Lao, Khmer, Burmese), found once if needed.
  let segmented: Set<number> | undefined
  const cuts = (): Set<number> => (segmented ??= unspacedBoundaries(text))
  // The characters already inside a match: a later (shorter) term may not take any of them. A
  // map of the text, not a list of matches to compare with, so a page that names records
  // thousands of times costs the length of its matches, not their count squared.
  const taken = new Uint8Array(text.length)
  const found: Mention[] = []
  const overlaps = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return true
    return false
  }
  for (const c of compiled.ordered) {
    let after = -1
    for (const [start, end] of hits.get(c) ?? []) {
      // As a global search would: the next match of a term starts after the previous one ends.
      if (start < after) continue
      after = end
      if (!isWordEdge(text, start, end, start, cuts) || !isWordEdge(text, start, end, end, cuts) || overlaps(start, end)) continue
      taken.fill(1, start, end)
      found.push({ sourceId, entityId: c.term.entityId, entityType: c.term.entityType, start, end, text: text.slice(start, end) })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * How many places a stored source links for each record it names: the first ones, in reading
 * order. A 40 KB report that names a partner 40 times links its first five; the reader shows
 * the rest as plain text and the record's page lists those five sentences per source. Without the
 * cap, 150 such reports were 113,000 mention rows (about 500 bytes each on disk, measured with
 * `bench/storage.ts`); with it, at most 5 × the records a source names. Shipped sources are
 * linked in full by the dataset build: they are short and curated.
 */
export const LINKS_PER_RECORD = 5

/** The first `perRecord` mentions of each record, in the order given (findMentions: by position). */
export function firstMentionsPerRecord<M extends Pick<Mention, 'entityType' | 'entityId'>>(mentions: readonly M[], perRecord = LINKS_PER_RECORD): M[] {
  const seen = new Map<string, number>()
  return mentions.filter((m) => {
    const key = `${m.entityType}:${m.entityId}`
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    return count < perRecord
  })
}

/** The mentions a source keeps: where it names known records, capped per record. */
export const linkedMentions = (text: string, terms: readonly MentionTerm[], sourceId: string): Mention[] => firstMentionsPerRecord(findMentions(text, terms, sourceId))

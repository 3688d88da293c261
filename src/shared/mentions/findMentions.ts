/**
 * Finds where known entities are named in a text: by name, acronym and aliases, tolerant of case,
 * whitespace, apostrophe and dash variants; longest match first, so "ASEAN Digital Masterplan
 * 2030" wins over "ASEAN Digital Masterplan" inside it. Used to precompute the dataset's mention
 * index and, unchanged, on imported documents.
 */
import { escapeRegExp } from '../text/escapeRegExp'
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

interface CompiledTerm {
  term: MentionTerm
  /** Matches at one position only (sticky), tried where the text has the term's first word. */
  sticky: RegExp
  /** The term's first run of letters and digits, in lower case; null when it starts otherwise. */
  key: string | null
}

interface CompiledTerms {
  /** Longest first, so the longest match wins. */
  ordered: CompiledTerm[]
  byKey: Map<string, CompiledTerm[]>
}

const compiledTerms = new WeakMap<readonly MentionTerm[], CompiledTerms>()
const FIRST_RUN = /^[\p{L}\p{N}]+/u

function compile(terms: readonly MentionTerm[]): CompiledTerms {
  let compiled = compiledTerms.get(terms)
  if (!compiled) {
    const ordered = [...terms]
      .sort((a, b) => b.term.length - a.term.length || a.entityId.localeCompare(b.entityId))
      .map((t) => ({
        term: t,
        sticky: new RegExp(termPattern(t.term), isStrictAcronym(t.term) ? 'uy' : 'iuy'),
        key: FIRST_RUN.exec(t.term.trim())?.[0].toLowerCase() ?? null
      }))
    const byKey = new Map<string, CompiledTerm[]>()
    for (const c of ordered) if (c.key) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c])
    compiled = { ordered, byKey }
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
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const candidates = compiled.byKey.get(word[0].toLowerCase())
    if (candidates) for (const c of candidates) tryAt(c, word.index)
  }
  // Terms that begin with punctuation: tried at every position where such a character stands.
  for (const c of compiled.ordered) {
    if (c.key) continue
    for (let at = 0; at < text.length; at++) if (!WORD_CHAR.test(text[at]!)) tryAt(c, at)
  }
  return hits
}

export function findMentions(text: string, terms: readonly MentionTerm[], sourceId: string): Mention[] {
  const compiled = compile(terms)
  const hits = candidateMatches(text, compiled)
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
      const before = text[start - 1]
      const next = text[end]
      const boundary = (!before || !WORD_CHAR.test(before)) && (!next || !WORD_CHAR.test(next))
      if (!boundary || overlaps(start, end)) continue
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

/**
 * The search engine over `SearchDoc`s, on lunr. Pure (no DOM, no storage): the renderer runs it in
 * a Web Worker, `npm run query` in Node. Fields are boosted so names beat passing mentions; a
 * query is built with lunr's query API (never its string parser, which throws on bad syntax).
 */
import { compareText } from '../text/compare'
import { escapeRegExp } from '../text/escapeRegExp'
import lunr from 'lunr'
import { compactFrom, postingsOf, runtimeOf, vectorValue, type CompactIndex } from './compactIndex'
import type { SearchDoc, SearchKind } from './documents'
import { parseQuery, words, type Clause, type ParsedQuery } from './query'

export interface SnippetPart {
  text: string
  match: boolean
}

export interface SearchHit {
  ref: string
  kind: SearchKind
  id: string
  title: string
  href: string
  score: number
  snippet: SnippetPart[]
  titleParts: SnippetPart[]
  start?: number
  end?: number
  paragraph?: number
}

export interface SearchFilters {
  kind?: SearchKind | ''
  year?: string
  theme?: string
  partner?: string
  meeting?: string
}

export interface SearchOutcome {
  hits: SearchHit[]
  total: number
  /** Set when few exact matches led to a typo-tolerant search: the words it matched instead. */
  correctedTo: string | null
  message: string | null
}

const FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'aliases', boost: 12 },
  { name: 'tags', boost: 4 },
  { name: 'partner', boost: 2 },
  { name: 'type', boost: 2 },
  { name: 'body', boost: 1 }
] as const

/** Entities outrank passages that merely mention them; the user's own notes rank with entities. */
const KIND_WEIGHT: Record<SearchKind, number> = { initiative: 1.35, meeting: 1.25, party: 1.15, note: 1.2, highlight: 1.2, passage: 1 }

const FIELD_SCOPES: Record<NonNullable<Clause['field']>, string[]> = {
  title: ['title', 'aliases'],
  tags: ['tags'],
  partner: ['partner'],
  type: ['type']
}

export interface SearchIndex {
  /** lunr's index in typed arrays (`compactIndex.ts`). */
  index: CompactIndex
  docs: Map<string, SearchDoc>
  /** Refs whose stored version is stale (a newer one lives in another index): never returned. */
  hidden?: ReadonlySet<string>
}

/** What is stored in IndexedDB: typed arrays and plain objects, cloned as they are. */
export interface SerializedIndex {
  index: CompactIndex
  docs: SearchDoc[]
}

export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = lunr(function () {
    this.ref('ref')
    for (const f of FIELDS) this.field(f.name, { boost: f.boost })
    // No position metadata: it would triple the index and its load time. Match positions for
    // snippets are found again for the few hits shown (`positionsOf`).
    for (const doc of docs) this.add(doc)
  })
  return { index: compactFrom(index, docs.map((d) => d.ref)), docs: new Map(docs.map((d) => [d.ref, d])) }
}

export function serializeIndex(search: SearchIndex): SerializedIndex {
  return { index: search.index, docs: [...search.docs.values()] }
}

/** An index as stored: its arrays are used as they are; only the term and field maps are built. */
export function loadIndex(data: SerializedIndex): SearchIndex {
  if (data.index?.format !== 'compact-1') throw new Error('The stored search index has an older format.')
  runtimeOf(data.index)
  return { index: data.index, docs: new Map(data.docs.map((d) => [d.ref, d])) }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'
const hasTerm = (search: SearchIndex, term: string): boolean => runtimeOf(search.index).termIds.has(term)
/** lunr's stemmer on one word. Uncached: typo variants are many and seen once; see `termFor`. */
const stemOf = (word: string): string => lunr.stemmer(new lunr.Token(word, {})).toString()

/**
 * Index terms one edit away from the word as typed. lunr's own fuzzy match compares against
 * stems, so "cybersecurty" (stem "cybersecurti") misses "cybersecur"; editing the word first and
 * stemming each variant finds it. About 50 × length variants, checked against the term map.
 */
function nearStems(search: SearchIndex, word: string, limit = 8): string[] {
  const own = stemOf(word)
  const found = new Set<string>()
  const consider = (variant: string): void => {
    if (found.size >= limit) return
    const stem = stemOf(variant)
    if (stem !== own && hasTerm(search, stem)) found.add(stem)
  }
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) consider(head + tail.slice(1))
    if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2))
    for (const c of ALPHABET) {
      consider(head + c + tail)
      if (tail) consider(head + c + tail.slice(1))
    }
  }
  return [...found]
}

/**
 * What a word being typed may become: the shortest index terms it begins (at most `limit`, so a
 * three-letter prefix costs a few terms, not thousands as lunr's wildcard would), and the stems it
 * already runs past ("cooperat" has passed "cooper").
 */
function completions(search: SearchIndex, prefix: string, limit = 10): string[] {
  const terms = search.index.terms
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (terms[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  const found: string[] = []
  for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) found.push(terms[i]!)
  found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  const out = found.slice(0, limit)
  for (let k = prefix.length - 1; k >= Math.max(4, prefix.length - 4); k--) {
    const passed = prefix.slice(0, k)
    if (hasTerm(search, passed) && !out.includes(passed)) out.push(passed)
  }
  return out
}

/** One term of a query as lunr's query API takes it; evaluated by `evaluate` below. */
interface QueryTerm {
  term: string
  fields: readonly string[]
  presence: 'optional' | 'required' | 'prohibited'
  boost: number
  usePipeline: boolean
  editDistance: number
}

const ALL_FIELDS: readonly string[] = FIELDS.map((f) => f.name)

function queryTerms(search: SearchIndex, parsed: ParsedQuery, fuzzy: boolean): QueryTerm[] {
  const out: QueryTerm[] = []
  const add = (term: string, options: Partial<QueryTerm>): void => {
    out.push({ term, fields: ALL_FIELDS, presence: 'optional', boost: 1, usePipeline: true, editDistance: 0, ...options })
  }
  const optional = parsed.clauses.filter((c) => c.presence === 'optional' && !c.field)
  for (const clause of parsed.clauses) {
    const base = { presence: clause.presence, ...(clause.field ? { fields: FIELD_SCOPES[clause.field] } : {}) }
    add(clause.term, base)
    if (fuzzy && clause.presence !== 'prohibited' && clause.term.length >= 5 && clause.term.length <= 24 && !/\d/.test(clause.term)) {
      add(clause.term, { ...base, presence: 'optional', editDistance: 1, boost: 0.4 })
      for (const stem of nearStems(search, clause.term)) add(stem, { ...base, presence: 'optional', usePipeline: false, boost: 0.4 })
    }
  }
  // "adm 2030" also as "adm2030", matching the compact alias forms.
  for (let i = 0; i + 1 < optional.length; i++) {
    const joined = optional[i]!.term + optional[i + 1]!.term
    if (joined.length <= 20) add(joined, { fields: ['aliases', 'title'], usePipeline: false, boost: 6 })
  }
  const typing = parsed.clauses.at(-1)
  if (parsed.prefix && typing && typing.term === parsed.prefix && typing.presence !== 'prohibited') {
    for (const term of completions(search, parsed.prefix)) {
      add(term, { usePipeline: false, boost: 0.6, ...(typing.field ? { fields: FIELD_SCOPES[typing.field] } : {}) })
    }
  }
  return out
}

/** A document that matched, with lunr's score and the index terms it matched. */
interface Match {
  ref: string
  score: number
  terms: string[]
}

/**
 * lunr's `Index.query`, with the same scores (per field: the query vector dotted with the field's
 * BM25 vector, over the query vector's magnitude; summed over fields), computed term by term over
 * the compact postings instead of document by document: each (term, field, document) is one
 * binary search in that document's vector.
 */
function evaluate(search: SearchIndex, terms: readonly QueryTerm[]): Match[] {
  const index = search.index
  const runtime = runtimeOf(index)
  // Per field position: term ordinal → summed clause boost.
  const queryVectors = new Map<number, Map<number, number>>()
  const prohibited = new Set<number>()
  // Documents holding every required clause (null: no required clause).
  const required: { set: Set<number> | null } = { set: null }
  for (const clause of terms) {
    const stems = clause.usePipeline ? runtime.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
    const clauseMatches = new Set<number>()
    for (const stem of stems) {
      const expanded = clause.editDistance
        ? runtime.tokenSet().intersect(fuzzyTokenSet(stem, clause.editDistance)).toArray()
        : runtime.termIds.has(stem)
          ? [stem]
          : []
      for (const term of expanded) {
        const t = runtime.termIds.get(term)
        if (t === undefined) continue
        for (const field of clause.fields) {
          const f = runtime.fieldIds.get(field)
          if (f === undefined) continue
          // As lunr does, a term joins the field's query vector even where no document has it there.
          const docs = postingsOf(index, f, t)
          if (clause.presence === 'prohibited') {
            for (const d of docs) prohibited.add(d)
            continue
          }
          if (clause.presence === 'required') for (const d of docs) clauseMatches.add(d)
          let vector = queryVectors.get(f)
          if (!vector) queryVectors.set(f, (vector = new Map()))
          vector.set(t, (vector.get(t) ?? 0) + clause.boost)
        }
      }
    }
    if (clause.presence === 'required') {
      const before = required.set
      required.set = before ? new Set([...clauseMatches].filter((d) => before.has(d))) : clauseMatches
    }
  }
  const mustHave = required.set
  if (mustHave?.size === 0) return []
  const scores = new Map<number, { score: number; terms: string[] }>()
  for (const [f, vector] of queryVectors) {
    let sumOfSquares = 0
    for (const weight of vector.values()) sumOfSquares += weight * weight
    const magnitude = Math.sqrt(sumOfSquares)
    if (!magnitude) continue
    for (const [t, weight] of vector) {
      const term = index.terms[t]!
      for (const d of postingsOf(index, f, t)) {
        if (mustHave && !mustHave.has(d)) continue
        const score = (weight * vectorValue(index, f, d, t)) / magnitude
        const match = scores.get(d)
        if (match) {
          match.score += score
          if (!match.terms.includes(term)) match.terms.push(term)
        } else scores.set(d, { score, terms: [term] })
      }
    }
  }
  const out: Match[] = []
  for (const [d, match] of scores) if (!prohibited.has(d)) out.push({ ref: index.refs[d]!, score: match.score, terms: match.terms })
  return out
}

/** Published in lunr, missing from its types. */
const fuzzyTokenSet = (term: string, editDistance: number): lunr.TokenSet =>
  (lunr.TokenSet as unknown as { fromFuzzyString(term: string, editDistance: number): lunr.TokenSet }).fromFuzzyString(term, editDistance)

const normalise = (text: string): string => words(text).join(' ')

function snippetFrom(text: string, positions: [number, number][], width = 200): SnippetPart[] {
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

const stems = new Map<string, string>()
/** An index term for a word as lunr's build pipeline makes it (trimmer, then stemmer), cached. */
function termFor(word: string): string {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = stemOf(word)
    if (stems.size > 100_000) stems.clear()
    stems.set(word, stem)
  }
  return stem
}

/** Where words whose index term is in `terms` occur in `text`, split as lunr's tokenizer splits. */
function positionsOf(text: string, terms: ReadonlySet<string>, max = 40): [number, number][] {
  const out: [number, number][] = []
  if (!terms.size) return out
  // The Porter stemmer never changes a word's first two letters: stem only the words that could match.
  const heads = new Set([...terms].map((t) => t.slice(0, 2)))
  const pieces = /[^\s-]+/g
  for (let m = pieces.exec(text); m && out.length < max; m = pieces.exec(text)) {
    const raw = m[0]
    let lead = 0
    while (lead < raw.length && !WORD_CHAR.test(raw[lead]!)) lead++
    const head = raw.slice(lead, lead + 2).toLowerCase()
    if (!heads.has(head) && !heads.has(head.slice(0, 1))) continue
    const word = raw.slice(lead).replace(/\W+$/, '')
    if (word && terms.has(termFor(word.toLowerCase()))) out.push([m.index + lead, word.length])
  }
  return out
}

const WORD_CHAR = /\w/

function passesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  if (filters.kind && doc.kind !== filters.kind) return false
  if (filters.year && !doc.years.includes(filters.year)) return false
  if (filters.theme && !doc.themes.includes(filters.theme)) return false
  if (filters.partner && !doc.partners.includes(filters.partner)) return false
  if (filters.meeting && !doc.meetings.includes(filters.meeting)) return false
  return true
}

/** A query that is exactly a record's name or one of its aliases wants that record first. */
const EXACT_NAME_BONUS = 2

const namesOf = new WeakMap<SearchDoc, string[]>()

function isExactName(doc: SearchDoc, wanted: string): boolean {
  if (!wanted || doc.kind === 'passage') return false
  let names = namesOf.get(doc)
  if (!names) namesOf.set(doc, (names = [doc.title, ...doc.aliases.split(' · ')].map(normalise)))
  return names.includes(wanted)
}

interface Candidate {
  result: Match
  doc: SearchDoc
  score: number
}

/** A phrase as a pattern over the raw text: its words in order, separated by anything not a letter. */
export function phrasePattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu')
}

/** Whether a document holds every phrase, in one of its text fields. */
export function hasPhrases(doc: Pick<SearchDoc, 'title' | 'aliases' | 'body' | 'tags'>, patterns: readonly RegExp[]): boolean {
  return patterns.every((p) => p.test(doc.title) || p.test(doc.body) || p.test(doc.aliases) || p.test(doc.tags))
}

function candidates(search: SearchIndex, results: readonly Match[], parsed: ParsedQuery, filters: SearchFilters, wanted: string): Candidate[] {
  const patterns = parsed.phrases.map(phrasePattern)
  const out: Candidate[] = []
  for (const result of results) {
    if (search.hidden?.has(result.ref)) continue
    const doc = search.docs.get(result.ref)
    if (!doc || !passesFilters(doc, filters)) continue
    if (patterns.length && !hasPhrases(doc, patterns)) continue
    out.push({ result, doc, score: result.score * KIND_WEIGHT[doc.kind] * (isExactName(doc, wanted) ? EXACT_NAME_BONUS : 1) })
  }
  return out
}

function toHit({ result, doc, score }: Candidate): SearchHit {
  const terms = new Set(result.terms)
  const bodyPositions = positionsOf(doc.body, terms)
  return {
    ref: doc.ref,
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    href: doc.href,
    score,
    snippet: bodyPositions.length ? snippetFrom(doc.body, bodyPositions) : snippetFrom(doc.body || doc.aliases, []),
    titleParts: snippetFrom(doc.title, positionsOf(doc.title, terms), 400),
    ...(doc.start !== undefined ? { start: doc.start, end: doc.end } : {}),
    ...(doc.paragraph !== undefined ? { paragraph: doc.paragraph } : {})
  }
}

/** Bump when documents or fields change shape, so stored indexes are rebuilt. */
export const ENGINE_VERSION = 3

/** The words a fuzzy search actually matched, as written in the matched text. */
function correction(top: readonly Candidate[], parsed: ParsedQuery): string | null {
  const typed = new Set(parsed.clauses.map((c) => c.term))
  const seen: string[] = []
  for (const { result, doc } of top.slice(0, 5)) {
    const terms = new Set([...result.terms].filter((t) => !typed.has(t) && !typed.has(termFor(t))))
    for (const text of [doc.title, doc.aliases, doc.body]) {
      for (const [start, length] of positionsOf(text, terms, 3)) {
        const word = text.slice(start, start + length).toLowerCase()
        if (!typed.has(word) && !seen.includes(word)) seen.push(word)
      }
    }
  }
  return seen.length ? seen.slice(0, 3).join(', ') : null
}

/** The `limit` best candidates in order, without sorting them all (a common word matches every document). */
function best(found: readonly Candidate[], limit: number): Candidate[] {
  if (found.length <= limit * 4) return [...found].sort(byScore).slice(0, limit)
  // A score threshold from a sample, then a sort of what passes it.
  const top: Candidate[] = []
  let threshold = -Infinity
  for (const candidate of found) {
    if (candidate.score < threshold) continue
    top.push(candidate)
    if (top.length >= limit * 4) {
      top.sort(byScore)
      top.length = limit
      threshold = top[limit - 1]!.score
    }
  }
  return top.sort(byScore).slice(0, limit)
}

const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || compareText(a.doc.ref, b.doc.ref)

/**
 * Searches one or more indexes (the large dataset index and the small notes index) and merges
 * their hits by weighted score. Few exact hits trigger one typo-tolerant retry. Snippets are made
 * for the `limit` best hits only, so a word found in every document costs little more than a rare one.
 */
export function search(indexes: readonly SearchIndex[], input: string, filters: SearchFilters = {}, limit = 50): SearchOutcome {
  const parsed = parseQuery(input)
  const message = parsed.truncated ? 'The query was cut to its first 500 characters.' : null
  if (!parsed.clauses.some((c) => c.presence !== 'prohibited')) {
    return { hits: [], total: 0, correctedTo: null, message: parsed.clauses.length ? 'Add a word to look for; excluded words alone match nothing.' : message }
  }
  const wanted = normalise(input)
  const run = (fuzzy: boolean): Candidate[] => indexes.flatMap((ix) => candidates(ix, evaluate(ix, queryTerms(ix, parsed, fuzzy)), parsed, filters, wanted))
  let found = run(false)
  let correctedTo: string | null = null
  if (found.length < 3 && parsed.clauses.some((c) => c.term.length >= 5 && c.presence !== 'prohibited')) {
    const fuzzy = run(true)
    if (fuzzy.length > found.length) {
      found = fuzzy
      correctedTo = correction(best(found, 5), parsed)
    }
  }
  return { hits: best(found, limit).map(toHit), total: found.length, correctedTo, message }
}

/**
 * The search engine over `SearchDoc`s. Pure (no DOM, no storage): the renderer runs it in a Web
 * Worker, `npm run query` in Node. A query's path: parse (`query.ts`) → plan each word's forms
 * (`expand.ts`) → score over lunr's BM25 postings with coverage (`score.ts`) → filter, weigh by
 * kind and name → highlight (`snippet.ts`).
 */
import { compareText } from '../text/compare'
import { tokenWords } from '../text/tokenize'
import lunr from 'lunr'
import { configureBuilder, familyText, isEnglish, termOf, type AnalysedText } from './analysis'
import { MALAY_LANGUAGES } from '../text/malay'
import { compactFrom, runtimeOf, type BuilderCounts, type CompactIndex } from './compactIndex'
import type { SearchDoc, SearchKind } from './documents'
import { DocTable, packDocs, unpackDocs, type StoredDocs } from './storedDocs'
import { parseQuery, type ParsedQuery } from './query'
import { FIELDS, corpusStats, evaluate, termsIn, type CorpusStats, type Match, type PlannedWord } from './score'
import { hasPhrases, phrasePattern, positionsOf, snippetFrom, type SnippetPart } from './snippet'
import { withoutCopies } from './copies'
import { plan } from './plan'
import { arrangementFactor, queryShape, type QueryShape } from './proximity'

export { hasPhrases, phrasePattern, type SnippetPart }

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
  /** Set when `total` is a floor: a phrase was checked in the best candidates' texts, not in all. */
  totalIsAtLeast?: true
  /** Set when few exact matches led to a typo-tolerant search: the words it matched instead. */
  correctedTo: string | null
  message: string | null
}

const NAMED_KINDS = new Set<SearchKind>(['initiative', 'meeting', 'party'])
const fieldText = (doc: SearchDoc, field: (typeof FIELDS)[number]): string => {
  if (field === 'title') return NAMED_KINDS.has(doc.kind) ? doc.title : ''
  if (field === 'context') return NAMED_KINDS.has(doc.kind) ? '' : doc.context ? `${doc.title}\n${doc.context}` : doc.title
  if (field === 'roots') return doc.language && MALAY_LANGUAGES.has(doc.language) ? familyText(doc.body) : ''
  return doc[field]
}
/**
 * A passage in another language than English keeps its words: no English stop words or stems.
 * So does a note's or highlight's text; its target's name and its tags are read as English.
 */
const fieldValue = (doc: SearchDoc, field: (typeof FIELDS)[number]): string | AnalysedText =>
  field !== 'roots' && !isEnglish(doc.language) && (doc.kind === 'passage' || field === 'body') ? { text: fieldText(doc, field), verbatim: true } : fieldText(doc, field)

/** The user's own notes rank a little above a source's passage with the same words; records too. */
const KIND_WEIGHT: Record<SearchKind, number> = { initiative: 1.1, meeting: 1.1, party: 1.1, note: 1.1, highlight: 1.1, passage: 1 }
/** A heading points at the passage under it, which holds the answer: it ranks below that passage. */
const HEADING_WEIGHT = 0.5
/** A record whose name holds every word of the query. */
const NAMED_BONUS = 1.5
/** A query that is exactly a record's name or one of its aliases wants that record first. */
const EXACT_NAME_BONUS = 2
export interface SearchIndex {
  /** lunr's index in typed arrays (`compactIndex.ts`). */
  index: CompactIndex
  /** Its documents by ordinal, in the order of `index.refs`. */
  docs: DocTable
  /** Refs whose stored version is stale (a newer one lives in another index): never returned. */
  hidden?: ReadonlySet<string>
  /**
   * Where the texts of its passages and records are, when they are not held in memory (their
   * `body` is empty): storage already keeps a source's text and the record. Lucene keeps
   * stored fields apart from the postings for the same reason: a query reads the texts of the
   * few hits it shows, and memory holds the index, not the library.
   */
  texts?: TextStore
}

/** Reads the bodies of documents whose text is not in memory. */
export interface TextStore {
  /** Each document's body, by ref; a document whose text is gone is left out. */
  read(docs: readonly SearchDoc[]): Promise<Map<string, string>>
}

/** What is stored in IndexedDB: typed arrays and string tables, cloned as they are; documents without their stored texts. */
export interface SerializedIndex {
  index: CompactIndex
  docs: StoredDocs
}

/**
 * A passage's text is a span of its source's, a record's is made from the record: neither need
 * be held twice. Notes and highlights are few and change often; their index keeps their text.
 */
const textIsStored = (doc: SearchDoc): boolean => doc.kind !== 'note' && doc.kind !== 'highlight'

/** A document as an index keeps it when its text is in storage. */
const withoutStoredText = (doc: SearchDoc): SearchDoc => (textIsStored(doc) && doc.body ? { ...doc, body: '' } : doc)

/**
 * Builds an index from documents added in batches, so a large library is read a batch of sources
 * at a time: lunr's builder keeps the counts it needs, not the texts. With `texts`, the index
 * keeps its passages without their text (read from `texts` when shown); without, it keeps them.
 */
export class IndexBuilder {
  private readonly builder = new lunr.Builder()
  private readonly docs: SearchDoc[] = []

  constructor(private readonly texts?: TextStore) {
    configureBuilder(this.builder)
    this.builder.ref('ref')
    // Weights are applied at query time (`FIELD_WEIGHT`), so every field is built alike.
    for (const f of FIELDS) this.builder.field(f, { extractor: (doc: object) => fieldValue(doc as SearchDoc, f) } as object)
    // No position metadata: it would triple the index and its load time. Match positions for
    // snippets are found again for the few hits shown (`positionsOf`).
  }

  add(docs: readonly SearchDoc[]): this {
    for (const doc of docs) {
      this.builder.add(doc)
      this.docs.push(this.texts ? withoutStoredText(doc) : doc)
    }
    return this
  }

  /**
   * Adds documents of stored indexes (their texts in this builder's `texts`), reading the texts
   * `batch` documents at a time: a merge or a rebuild never holds every text at once.
   */
  async addStored(docs: readonly SearchDoc[], batch: number): Promise<this> {
    for (let i = 0; i < docs.length; i += batch) {
      const part = docs.slice(i, i + batch)
      const read = this.texts ? await this.texts.read(part.filter((d) => textIsStored(d) && !d.body)) : new Map<string, string>()
      this.add(part.map((d) => (read.has(d.ref) ? { ...d, body: read.get(d.ref)! } : d)))
    }
    return this
  }

  finish(): SearchIndex {
    const index = this.builder.build()
    const counts = this.builder as unknown as BuilderCounts
    const table = DocTable.of(this.docs)
    const built: SearchIndex = { index: compactFrom(index, table.refs, counts), docs: table }
    return this.texts ? { ...built, texts: this.texts } : built
  }
}

export const buildIndex = (docs: readonly SearchDoc[], texts?: TextStore): SearchIndex => new IndexBuilder(texts).add(docs).finish()

/** The index as stored: its passages and records without their text, which storage keeps. */
export function serializeIndex(search: SearchIndex): SerializedIndex {
  return { index: search.index, docs: packDocs([...search.docs.values()].map(withoutStoredText)) }
}

/**
 * An index as stored: its arrays are used as they are; only the term and field maps are built.
 * Its passages' texts are read from `texts` when a query shows them.
 */
export function loadIndex(data: SerializedIndex, texts: TextStore): SearchIndex {
  if (data.index?.format !== 'compact-5') throw new Error('The stored search index has an older format.')
  runtimeOf(data.index)
  return { index: data.index, docs: unpackDocs(data.docs, data.index.refs), texts }
}

export interface SearchOptions {
  /**
   * The query is still being typed (search as you type): its last word also matches the terms it
   * begins, weighed below the word itself. A finished query matches whole words only.
   */
  typing?: boolean
}

function passesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  if (filters.kind && doc.kind !== filters.kind) return false
  if (filters.year && !doc.years.includes(filters.year)) return false
  if (filters.theme && !doc.themes.includes(filters.theme)) return false
  if (filters.partner && !doc.partners.includes(filters.partner)) return false
  if (filters.meeting && !doc.meetings.includes(filters.meeting)) return false
  return true
}

const normalise = (text: string): string => tokenWords(text).join(' ')
const namesOf = new WeakMap<SearchDoc, string[]>()

function isExactName(doc: SearchDoc, wanted: string): boolean {
  if (!wanted || !NAMED_KINDS.has(doc.kind)) return false
  let names = namesOf.get(doc)
  if (!names) namesOf.set(doc, (names = [doc.title, ...doc.aliases.split(' · ')].map(normalise)))
  return names.includes(wanted)
}

interface Candidate {
  result: Match
  doc: SearchDoc
  score: number
  /** The index it came from and every term its query could match there, for marking snippets. */
  index: SearchIndex
  forms: readonly string[]
}

/** The texts of documents read from storage for one query, and the way to a document's body. */
class Bodies {
  private readonly read = new Map<SearchDoc, string>()
  /** Documents whose text must be read before `of` can give it. */
  missing(list: readonly Candidate[]): Candidate[] {
    return list.filter((c) => c.index.texts && textIsStored(c.doc) && !this.read.has(c.doc))
  }
  take(list: readonly Candidate[], texts: ReadonlyMap<string, string>): void {
    for (const c of list) this.read.set(c.doc, texts.get(c.doc.ref) ?? '')
  }
  of = (c: Candidate): string => this.read.get(c.doc) ?? c.doc.body
}

function candidates(search: SearchIndex, words: readonly PlannedWord[], stats: CorpusStats, filters: SearchFilters, wanted: string): Candidate[] {
  const results = evaluate(search.index, words, stats)
  const forms = [...new Set(words.filter((w) => w.presence !== 'prohibited').flatMap((w) => w.expansions.map((e) => e.term)))]
  const out: Candidate[] = []
  for (const result of results) {
    if (search.hidden?.has(result.ref)) continue
    const doc = search.docs.at(result.doc)
    if (!passesFilters(doc, filters)) continue
    const named = NAMED_KINDS.has(doc.kind) && result.named ? (isExactName(doc, wanted) ? EXACT_NAME_BONUS : NAMED_BONUS) : 1
    out.push({ result, doc, index: search, forms, score: result.score * KIND_WEIGHT[doc.kind] * named * (doc.heading ? HEADING_WEIGHT : 1) })
  }
  return out
}

const matchedTerms = (c: Candidate): string[] => termsIn(c.index.index, c.result.doc, c.forms)

function toHit(candidate: Candidate, body: string): SearchHit {
  const { doc, score } = candidate
  const terms = new Set(matchedTerms(candidate))
  // A snippet shows the first match and what follows it: a dozen marks are plenty.
  const bodyPositions = positionsOf(body, terms, 12)
  return {
    ref: doc.ref,
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    href: doc.href,
    score,
    snippet: bodyPositions.length ? snippetFrom(body, bodyPositions) : snippetFrom(body || doc.aliases, []),
    titleParts: snippetFrom(doc.title, positionsOf(doc.title, terms), 400),
    ...(doc.start !== undefined ? { start: doc.start, end: doc.end } : {}),
    ...(doc.paragraph !== undefined ? { paragraph: doc.paragraph } : {})
  }
}

/** Bump when documents or fields change shape, so stored indexes are rebuilt. */
export const ENGINE_VERSION = 7

/** The words typo variants matched in the best hits, as written in their text. */
function correction(top: readonly Candidate[], parsed: ParsedQuery, bodyOf: (c: Candidate) => string): string | null {
  const typed = new Set(parsed.clauses.map((c) => termOf(c.term)))
  const seen: string[] = []
  for (const candidate of top.slice(0, 5)) {
    const { result, doc } = candidate
    if (!result.typo) continue
    const terms = new Set(matchedTerms(candidate).filter((t) => !typed.has(t)))
    for (const text of [doc.title, doc.aliases, bodyOf(candidate)]) {
      for (const [start, length] of positionsOf(text, terms, 3)) {
        const word = text.slice(start, start + length).toLowerCase()
        if (!seen.includes(word)) seen.push(word)
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

/** The text whose word order a candidate is judged by: a record's name and its text. */
const arrangedText = (doc: SearchDoc, body: string): string => (NAMED_KINDS.has(doc.kind) ? `${doc.title}\n${body}` : body)

/** How many of the best candidates are re-ranked, and how much of each text is read for it. */
const REARRANGED = 30
const REARRANGED_TEXT = 1500

/** The best candidates re-ranked by where the query's words stand in their text (`proximity.ts`). */
function rearranged(top: Candidate[], parsed: ParsedQuery, bodyOf: (c: Candidate) => string): Candidate[] {
  const shape: QueryShape | null = queryShape(parsed.clauses.filter((c) => c.presence !== 'prohibited'))
  if (!shape) return top
  // Only the head of the list can move into the first places; its texts are read, the rest keep their order.
  const head = top.slice(0, REARRANGED)
  for (const candidate of head) candidate.score *= arrangementFactor(arrangedText(candidate.doc, bodyOf(candidate)).slice(0, REARRANGED_TEXT), shape)
  return [...head.sort(byScore), ...top.slice(REARRANGED)]
}

const ordinalsOfHidden = new WeakMap<ReadonlySet<string>, number[]>()
/** The ordinals of an index's hidden documents, found once per hidden set. */
function hiddenOrdinals(search: SearchIndex): number[] {
  const hidden = search.hidden
  if (!hidden?.size) return []
  let ordinals = ordinalsOfHidden.get(hidden)
  if (!ordinals) {
    ordinals = []
    search.index.refs.forEach((ref, d) => {
      if (hidden.has(ref)) ordinals!.push(d)
    })
    ordinalsOfHidden.set(hidden, ordinals)
  }
  return ordinals
}

/** Room for passages dropped as copies of a better-ranked one. */
const COPIES_SLACK = 20
const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || compareText(a.doc.ref, b.doc.ref)

/** Phrase candidates whose text is checked at a time, best first. */
const PHRASE_BATCH = 200

/** Texts a query needs read before it can go on. */
type TextRequest = Candidate[]

/**
 * A search as steps: it yields the candidates whose texts it needs (passages of stored indexes),
 * and goes on once they are read. `search` runs it on texts held in memory, `searchStored` on
 * texts read from storage; both give the same outcome for the same documents.
 */
function* searching(indexes: readonly SearchIndex[], input: string, filters: SearchFilters, limit: number, options: SearchOptions): Generator<TextRequest, SearchOutcome, ReadonlyMap<string, string>> {
  const parsed = parseQuery(input)
  const message = parsed.truncated ? 'The query was cut to its first 500 characters.' : null
  if (!parsed.clauses.some((c) => c.presence !== 'prohibited')) {
    return { hits: [], total: 0, correctedTo: null, message: parsed.clauses.length ? 'Add a word to look for; excluded words alone match nothing.' : message }
  }
  const wanted = normalise(input)
  const stats = corpusStats(
    indexes.map((ix) => ix.index),
    indexes.map(hiddenOrdinals)
  )
  // One plan over every index: a word is known, completed or read as a typo the same way whichever segment holds it.
  const planned = plan(
    indexes.map((ix) => ix.index),
    parsed,
    options.typing ?? false
  )
  const bodies = new Bodies()
  let found = indexes.flatMap((ix) => candidates(ix, planned, stats, filters, wanted))
  const wantedTop = limit + COPIES_SLACK
  let total = found.length
  let atLeast = false
  if (parsed.phrases.length) {
    // A phrase is checked in the text, best candidates first, until enough hold it: a common
    // phrase does not read every text that has its words.
    const patterns = parsed.phrases.map(phrasePattern)
    const holds = (c: Candidate): boolean => hasPhrases({ title: c.doc.title, aliases: c.doc.aliases, tags: c.doc.tags, body: bodies.of(c) }, patterns)
    const ranked = [...found].sort(byScore)
    const kept: Candidate[] = []
    let checked = 0
    while (checked < ranked.length && kept.length < wantedTop) {
      const batch = ranked.slice(checked, checked + PHRASE_BATCH)
      const missing = bodies.missing(batch)
      if (missing.length) bodies.take(missing, yield missing)
      for (const c of batch) if (holds(c)) kept.push(c)
      checked += batch.length
    }
    // Candidates past those checked may hold the phrase too: the count is a floor.
    atLeast = checked < ranked.length
    total = kept.length
    found = kept
  }
  const head = best(found, wantedTop)
  const missing = bodies.missing(head)
  if (missing.length) bodies.take(missing, yield missing)
  const top = withoutCopies(rearranged(head, parsed, bodies.of), bodies.of).slice(0, limit)
  return { hits: top.map((c) => toHit(c, bodies.of(c))), total, ...(atLeast ? { totalIsAtLeast: true } : {}), correctedTo: correction(top, parsed, bodies.of), message }
}

/**
 * Searches one or more indexes (the large dataset index and the small notes index) and merges
 * their hits by weighted score. Snippets are made for the `limit` best hits only, so a word found
 * in every document costs little more than a rare one. Every index must hold its texts in memory.
 */
export function search(indexes: readonly SearchIndex[], input: string, filters: SearchFilters = {}, limit = 50, options: SearchOptions = {}): SearchOutcome {
  const step = searching(indexes, input, filters, limit, options).next()
  if (step.done) return step.value
  throw new Error(`The texts of ${step.value.length} stored documents are needed: use searchStored.`)
}

/** `search` over indexes whose passages' texts are in storage: reads the texts of the hits it shows. */
export async function searchStored(indexes: readonly SearchIndex[], input: string, filters: SearchFilters = {}, limit = 50, options: SearchOptions = {}): Promise<SearchOutcome> {
  const steps = searching(indexes, input, filters, limit, options)
  let step = steps.next()
  while (!step.done) {
    const wanted = step.value
    const texts = new Map<string, string>()
    const byIndex = new Map<SearchIndex, SearchDoc[]>()
    for (const c of wanted) {
      const docs = byIndex.get(c.index)
      if (docs) docs.push(c.doc)
      else byIndex.set(c.index, [c.doc])
    }
    for (const [index, docs] of byIndex) for (const [ref, text] of await index.texts!.read(docs)) texts.set(ref, text)
    step = steps.next(texts)
  }
  return step.value
}

/**
 * Scoring. lunr's build gives each (field, document, term) its BM25 weight; this combines them
 * per query word and per document:
 * - a word scores in a document by the best of its forms (exact, or a prefix completion or typo
 *   variant, each weighed below the exact word), summed over fields weighed by `FIELD_WEIGHT`;
 * - a document's score is the sum over words times its coverage squared: the share of the query's
 *   weight (each word weighed by its rarity, idf) that the document holds. A passage holding both
 *   "Boracay" and "Declaration" beats a title holding only "Declaration", as Lucene's coordination
 *   factor and MiniSearch's AND-first ranking would have it.
 */
import { countsOf, frequencyOf, holds, postingsOf, runtimeOf, type CompactIndex } from './compactIndex'

/**
 * Indexed fields. A record's name is `title`; a passage's or note's `title` (its source or target)
 * is `context`; `roots` holds the word families of a Malay or Indonesian passage (`familyText`).
 */
export const FIELDS = ['title', 'aliases', 'context', 'tags', 'partner', 'type', 'body', 'roots'] as const

/** What a field's BM25 weight counts for. A passage's source title is context, not its content. */
export const FIELD_WEIGHT: Record<string, number> = { title: 2.5, aliases: 2.5, tags: 2, body: 1, roots: 1, partner: 0.5, type: 0.5, context: 0.25 }
/** How much a word found only in a passage's context counts toward covering the query. */
const CONTEXT_COVER = 0.5
/** Fields that name a record: a query they hold whole is a query for that record. */
const NAME_FIELDS = new Set(['title', 'aliases'])

export interface Expansion {
  term: string
  /** 1 for the word itself; less for a completion or a typo variant. */
  weight: number
  /** How much it covers its word, if not `weight` (a joined word scores half for each of its two words). */
  cover?: number
  typo?: boolean
}

export interface PlannedWord {
  expansions: Expansion[]
  presence: 'optional' | 'required' | 'prohibited'
  fields: readonly string[]
}

export interface Match {
  ref: string
  /** The document's ordinal in its index. */
  doc: number
  score: number
  /** Whether a typo variant counted in its score. */
  typo: boolean
  /** Whether its name fields hold every word of the query exactly. */
  named: boolean
}

/** lunr's idf (BM25's, as lunr computes it). */
const idf = (n: number, df: number): number => Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)))
/** BM25's term-frequency saturation and length normalisation, lunr's defaults. */
const K1 = 1.2
const B = 0.75

/**
 * Counts over every index searched together (the dataset, sources added since, the notes), so a
 * word weighs the same wherever a document lives: BM25 is computed from these, never from one
 * index's own figures, and a document scores the same in one segment or in many.
 */
export interface CorpusStats {
  documents: number
  frequency(term: string): number
  /** A field's average length in terms over every document. */
  averageLength(field: string): number
}

export function corpusStats(indexes: readonly CompactIndex[], hidden: readonly (readonly number[])[] = []): CorpusStats {
  const cache = new Map<string, number>()
  // Documents hidden in an index (an older version of one another segment holds, or one removed)
  // count nowhere, so the figures are those of the library as it is.
  const documents = indexes.reduce((n, ix, i) => n + ix.refs.length - (hidden[i]?.length ?? 0), 0)
  const averages = new Map<string, number>()
  return {
    documents,
    averageLength(field) {
      let average = averages.get(field)
      if (average === undefined) {
        let total = 0
        indexes.forEach((ix, i) => {
          const f = runtimeOf(ix).fieldIds.get(field)
          if (f === undefined) return
          total += ix.totalLength[f]!
          for (const d of hidden[i] ?? []) total -= ix.lengths[f]![d]!
        })
        average = documents ? total / documents : 0
        averages.set(field, average)
      }
      return average
    },
    frequency(term) {
      let df = cache.get(term)
      if (df === undefined) {
        df = 0
        indexes.forEach((ix, i) => {
          const t = runtimeOf(ix).termIds.get(term)
          if (t === undefined) return
          df! += frequencyOf(ix, t)
          for (const d of hidden[i] ?? []) for (let f = 0; f < ix.fields.length; f++) if (holds(ix, f, d, t)) df!--
        })
        cache.set(term, df)
      }
      return df
    }
  }
}

/**
 * Per-document accumulators, allocated once per index size and reset after use, so a query over
 * a word found in every document allocates nothing per document.
 */
class Scratch {
  // For the word being scored.
  readonly sum: Float64Array
  readonly best: Float64Array
  readonly quality: Float64Array
  readonly inForm: Uint8Array
  readonly seen: Uint8Array
  readonly named: Uint8Array
  readonly typo: Uint8Array
  // For the whole query.
  readonly score: Float64Array
  readonly cover: Float64Array
  readonly namedWords: Uint16Array
  readonly requiredWords: Uint16Array
  readonly typoAny: Uint8Array
  readonly matched: Uint8Array
  constructor(size: number) {
    this.sum = new Float64Array(size)
    this.best = new Float64Array(size)
    this.quality = new Float64Array(size)
    this.inForm = new Uint8Array(size)
    this.seen = new Uint8Array(size)
    this.named = new Uint8Array(size)
    this.typo = new Uint8Array(size)
    this.score = new Float64Array(size)
    this.cover = new Float64Array(size)
    this.namedWords = new Uint16Array(size)
    this.requiredWords = new Uint16Array(size)
    this.typoAny = new Uint8Array(size)
    this.matched = new Uint8Array(size)
  }
}
const scratches = new Map<number, Scratch>()
function scratchFor(size: number): Scratch {
  let s = scratches.get(size)
  if (!s) {
    if (scratches.size > 8) scratches.clear()
    scratches.set(size, (s = new Scratch(size)))
  }
  return s
}

/** The index terms of `forms` that document `d` holds in any field, for marking them in snippets. */
export function termsIn(index: CompactIndex, d: number, forms: readonly string[]): string[] {
  const { termIds } = runtimeOf(index)
  return forms.filter((term) => {
    const t = termIds.get(term)
    return t !== undefined && index.fields.some((_, f) => holds(index, f, d, t))
  })
}

export function evaluate(index: CompactIndex, words: readonly PlannedWord[], stats: CorpusStats = corpusStats([index])): Match[] {
  const { termIds, fieldIds } = runtimeOf(index)
  const n = index.refs.length
  const s = scratchFor(n)
  const matched: number[] = []
  const prohibited = new Set<number>()
  let weightSum = 0
  let requiredWords = 0
  let scoredWords = 0
  try {
    for (const word of words) {
      const fields = word.fields.map((f) => fieldIds.get(f)).filter((f): f is number => f !== undefined)
      const forms = word.expansions.map((e) => ({ ...e, t: termIds.get(e.term) ?? -1 })).filter((e) => e.t >= 0)
      if (word.presence === 'prohibited') {
        for (const e of forms) for (const f of fields) for (const d of postingsOf(index, f, e.t)) prohibited.add(d)
        continue
      }
      if (word.presence === 'required') requiredWords++
      // What a word weighs, and whether it counts at all, is read over every index searched
      // together: a segment that lacks the word scores its documents as the whole corpus would.
      const everywhere = word.expansions.filter((e) => stats.frequency(e.term) > 0)
      if (!everywhere.length) {
        if (word.presence === 'required') return []
        continue
      }
      scoredWords++
      // A word weighs by its rarity: its own form's, else its commonest variant's.
      const globalIdf = (term: string): number => idf(stats.documents, stats.frequency(term))
      const exact = everywhere.find((e) => e.weight === 1)
      const rarity = exact ? globalIdf(exact.term) : Math.min(...everywhere.map((e) => globalIdf(e.term)))
      weightSum += rarity
      if (!forms.length) {
        if (word.presence === 'required') return []
        continue
      }
      const touched: number[] = []
      for (const form of forms) {
        const inForm: number[] = []
        const wordIdf = globalIdf(form.term)
        for (const f of fields) {
          const field = index.fields[f]!
          const weight = form.weight * wordIdf * (FIELD_WEIGHT[field] ?? 1)
          const average = stats.averageLength(field) || 1
          const lengths = index.lengths[f]!
          const isName = form.weight === 1 && NAME_FIELDS.has(field)
          // 2: the word is in the document's own text; 1: only in its context.
          const presence = field === 'context' ? 1 : 2
          const docs = postingsOf(index, f, form.t)
          const counts = countsOf(index, f, form.t)
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i]!
            if (!s.inForm[d]) inForm.push(d)
            if (presence > s.inForm[d]!) s.inForm[d] = presence
            const tf = counts[i]!
            s.sum[d] = s.sum[d]! + (weight * (K1 + 1) * tf) / (K1 * (1 - B + (B * lengths[d]!) / average) + tf)
            if (isName) s.named[d] = 1
          }
        }
        for (const d of inForm) {
          if (!s.seen[d]) {
            s.seen[d] = 1
            touched.push(d)
          }
          if (s.sum[d]! > s.best[d]!) s.best[d] = s.sum[d]!
          const quality = (form.cover ?? form.weight) * (s.inForm[d] === 2 ? 1 : CONTEXT_COVER)
          if (quality > s.quality[d]!) {
            s.quality[d] = quality
            s.typo[d] = form.typo ? 1 : 0
          }
          s.sum[d] = 0
          s.inForm[d] = 0
        }
      }
      for (const d of touched) {
        if (!s.matched[d]) {
          s.matched[d] = 1
          matched.push(d)
        }
        s.score[d] = s.score[d]! + s.best[d]!
        s.cover[d] = s.cover[d]! + rarity * s.quality[d]!
        if (s.named[d]) s.namedWords[d] = s.namedWords[d]! + 1
        if (word.presence === 'required') s.requiredWords[d] = s.requiredWords[d]! + 1
        if (s.typo[d]) s.typoAny[d] = 1
        s.best[d] = 0
        s.quality[d] = 0
        s.seen[d] = 0
        s.named[d] = 0
        s.typo[d] = 0
      }
    }
    const out: Match[] = []
    for (const d of matched) {
      if (prohibited.has(d) || s.requiredWords[d]! < requiredWords) continue
      const coverage = weightSum ? s.cover[d]! / weightSum : 1
      out.push({ ref: index.refs[d]!, doc: d, score: s.score[d]! * coverage * coverage, typo: s.typoAny[d] === 1, named: s.namedWords[d]! >= scoredWords })
    }
    return out
  } finally {
    for (const d of matched) {
      s.score[d] = 0
      s.cover[d] = 0
      s.namedWords[d] = 0
      s.requiredWords[d] = 0
      s.typoAny[d] = 0
      s.matched[d] = 0
    }
  }
}

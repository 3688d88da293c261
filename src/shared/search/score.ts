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
import { frequencyOf, postingsOf, runtimeOf, vectorValue, type CompactIndex } from './compactIndex'

/** What a field's BM25 weight counts for. A passage's source title is context, not its content. */
const K = (name: string, v: number): number => Number(globalThis.process?.env?.[name] ?? v)
export const FIELD_WEIGHT: Record<string, number> = { title: K('W_TITLE', 2.5), aliases: K('W_TITLE', 2.5), tags: 2, body: 1, partner: K('W_PARTNER', 0.5), type: K('W_PARTNER', 0.5), context: K('W_CONTEXT', 0.25) }
/** How much a word found only in a passage's context counts toward covering the query. */
const CONTEXT_COVER = K('CONTEXT_COVER', 0.5)
/** Fields that name a record: a query they hold whole is a query for that record. */
const NAME_FIELDS = new Set(['title', 'aliases'])

export interface Expansion {
  term: string
  /** 1 for the word itself; less for a completion or a typo variant. */
  weight: number
  typo?: boolean
}

export interface PlannedWord {
  expansions: Expansion[]
  presence: 'optional' | 'required' | 'prohibited'
  fields: readonly string[]
}

export interface Match {
  ref: string
  score: number
  /** Index terms it matched. */
  terms: string[]
  /** Whether a typo variant counted in its score. */
  typo: boolean
  /** Whether its name fields hold every word of the query exactly. */
  named: boolean
}

/** lunr's idf (BM25's, as its build computes it into every vector value). */
const idf = (n: number, df: number): number => Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)))

/**
 * Document counts over every index searched together (the dataset, the notes, a delta of new
 * notes), so a word weighs the same wherever a document lives: each index's vector values carry
 * its own idf, which `evaluate` rescales to this one.
 */
export interface CorpusStats {
  documents: number
  frequency(term: string): number
}

export function corpusStats(indexes: readonly CompactIndex[]): CorpusStats {
  const cache = new Map<string, number>()
  return {
    documents: indexes.reduce((n, ix) => n + ix.refs.length, 0),
    frequency(term) {
      let df = cache.get(term)
      if (df === undefined) {
        df = 0
        for (const ix of indexes) {
          const t = runtimeOf(ix).termIds.get(term)
          if (t !== undefined) df += frequencyOf(ix, t)
        }
        cache.set(term, df)
      }
      return df
    }
  }
}

/** Per-document accumulators for one word, reset after it (so a query allocates nothing per document). */
class Scratch {
  readonly sum: Float64Array
  readonly best: Float64Array
  readonly quality: Float64Array
  readonly inForm: Uint8Array
  readonly seen: Uint8Array
  readonly named: Uint8Array
  readonly typo: Uint8Array
  constructor(size: number) {
    this.sum = new Float64Array(size)
    this.best = new Float64Array(size)
    this.quality = new Float64Array(size)
    this.inForm = new Uint8Array(size)
    this.seen = new Uint8Array(size)
    this.named = new Uint8Array(size)
    this.typo = new Uint8Array(size)
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

interface Tally {
  score: number
  cover: number
  named: number
  required: number
  terms: string[]
  typo: boolean
}

export function evaluate(index: CompactIndex, words: readonly PlannedWord[], stats: CorpusStats = corpusStats([index])): Match[] {
  const { termIds, fieldIds } = runtimeOf(index)
  const n = index.refs.length
  const tallies = new Map<number, Tally>()
  const prohibited = new Set<number>()
  const s = scratchFor(n)
  let weightSum = 0
  let requiredWords = 0
  let scoredWords = 0
  for (const word of words) {
    const fields = word.fields.map((f) => fieldIds.get(f)).filter((f): f is number => f !== undefined)
    const forms = word.expansions.map((e) => ({ ...e, t: termIds.get(e.term) ?? -1 })).filter((e) => e.t >= 0)
    if (word.presence === 'prohibited') {
      for (const e of forms) for (const f of fields) for (const d of postingsOf(index, f, e.t)) prohibited.add(d)
      continue
    }
    if (word.presence === 'required') requiredWords++
    if (!forms.length) {
      if (word.presence === 'required') return []
      continue
    }
    scoredWords++
    // A word weighs by its rarity: its own form's, else its commonest variant's.
    const globalIdf = (term: string): number => idf(stats.documents, stats.frequency(term))
    const exact = forms.find((e) => e.weight === 1)
    const rarity = exact ? globalIdf(exact.term) : Math.min(...forms.map((e) => globalIdf(e.term)))
    weightSum += rarity
    const touched: number[] = []
    for (const form of forms) {
      const inForm: number[] = []
      const localIdf = idf(n, frequencyOf(index, form.t))
      const rescale = localIdf > 0 ? globalIdf(form.term) / localIdf : 1
      for (const f of fields) {
        const field = index.fields[f]!
        const weight = form.weight * rescale * (FIELD_WEIGHT[field] ?? 1)
        const isName = form.weight === 1 && NAME_FIELDS.has(field)
        // 2: the word is in the document's own text; 1: only in its context.
        const presence = field === 'context' ? 1 : 2
        for (const d of postingsOf(index, f, form.t)) {
          if (!s.inForm[d]) inForm.push(d)
          if (presence > s.inForm[d]!) s.inForm[d] = presence
          s.sum[d] = s.sum[d]! + weight * vectorValue(index, f, d, form.t)
          if (isName) s.named[d] = 1
        }
      }
      for (const d of inForm) {
        if (!s.seen[d]) {
          s.seen[d] = 1
          touched.push(d)
        }
        if (s.sum[d]! > s.best[d]!) s.best[d] = s.sum[d]!
        const quality = form.weight * (s.inForm[d] === 2 ? 1 : CONTEXT_COVER)
        if (quality > s.quality[d]!) {
          s.quality[d] = quality
          s.typo[d] = form.typo ? 1 : 0
        }
        s.sum[d] = 0
        s.inForm[d] = 0
        let tally = tallies.get(d)
        if (!tally) tallies.set(d, (tally = { score: 0, cover: 0, named: 0, required: 0, terms: [], typo: false }))
        if (!tally.terms.includes(form.term)) tally.terms.push(form.term)
      }
    }
    for (const d of touched) {
      const tally = tallies.get(d)!
      tally.score += s.best[d]!
      tally.cover += rarity * s.quality[d]!
      if (s.named[d]) tally.named++
      if (word.presence === 'required') tally.required++
      if (s.typo[d]) tally.typo = true
      s.best[d] = 0
      s.quality[d] = 0
      s.seen[d] = 0
      s.named[d] = 0
      s.typo[d] = 0
    }
  }
  const out: Match[] = []
  for (const [d, tally] of tallies) {
    if (prohibited.has(d) || tally.required < requiredWords) continue
    const coverage = weightSum ? tally.cover / weightSum : 1
    out.push({ ref: index.refs[d]!, score: tally.score * coverage ** K('COVER_EXP', 2), terms: tally.terms, typo: tally.typo, named: tally.named >= scoredWords })
  }
  return out
}

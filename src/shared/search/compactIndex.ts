/**
 * A lunr index in typed arrays. lunr builds it (tokenising, stemming, postings); this keeps the
 * postings with each posting's term count, and each field's length, as a few flat arrays instead
 * of millions of small objects, so storing it in IndexedDB (structured clone) and loading it back
 * is a copy, not a rebuild, and it takes a fraction of the memory. Scoring walks a term's
 * postings and reads each count beside it; whether a document holds a term is a binary search in
 * the term's postings (sorted by document), so no per-document term list is kept.
 *
 * It keeps raw counts, not lunr's BM25 weights: a weight depends on the whole corpus (idf, the
 * average field length), and an index is one segment of several (the dataset, imports added
 * since, notes). BM25 is computed at query time from counts summed over every segment searched
 * together (`score.ts`), so a document scores the same whichever segment holds it.
 */
import type lunr from 'lunr'

export interface CompactIndex {
  format: 'compact-5'
  fields: string[]
  /** Document ordinal → ref. */
  refs: string[]
  /** Every index term, sorted. A term's ordinal is its position here. */
  terms: string[]
  /** Per field: documents holding term t are `postDocs[f][postOff[f][t] … postOff[f][t + 1]]`, in order. */
  postOff: Uint32Array[]
  postDocs: Uint32Array[]
  /**
   * Per field, beside each posting: how often the term occurs in that document's field. Counts
   * past 65,535 are kept as 65,535: BM25 has saturated long before (k1 = 1.2).
   */
  postTf: Uint16Array[]
  /** Per field: each document's length in terms, and the sum over documents. */
  lengths: Uint32Array[]
  totalLength: number[]
}

interface LunrInternals {
  fields: string[]
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>
}

/** What lunr's builder counted while adding documents (its own fields, read after `build`). */
export interface BuilderCounts {
  /** `field/ref` → term → count. */
  fieldTermFrequencies: Record<string, Record<string, number>>
  /** `field/ref` → number of terms. */
  fieldLengths: Record<string, number>
}

export function compactFrom(index: lunr.Index, refs: readonly string[], counts: BuilderCounts): CompactIndex {
  const lunrIndex = index as unknown as LunrInternals
  const fields = lunrIndex.fields
  const terms = Object.keys(lunrIndex.invertedIndex).sort()
  const docOf = new Map(refs.map((ref, d) => [ref, d]))
  const lengths: Uint32Array[] = []
  const totalLength: number[] = []

  const postOff: Uint32Array[] = []
  const postDocs: Uint32Array[] = []
  const postTf: Uint16Array[] = []
  for (const field of fields) {
    const offsets = new Uint32Array(terms.length + 1)
    const docs: number[] = []
    const tfs: number[] = []
    terms.forEach((term, t) => {
      offsets[t] = docs.length
      const posting = lunrIndex.invertedIndex[term]![field] ?? {}
      const list = Object.keys(posting)
        .map((ref) => docOf.get(ref)!)
        .sort((a, b) => a - b)
      for (const d of list) {
        docs.push(d)
        tfs.push(Math.min(counts.fieldTermFrequencies[`${field}/${refs[d]}`]?.[term] ?? 0, 0xffff))
      }
    })
    offsets[terms.length] = docs.length
    postOff.push(offsets)
    postDocs.push(Uint32Array.from(docs))
    postTf.push(Uint16Array.from(tfs))

    const fieldLengths = new Uint32Array(refs.length)
    let total = 0
    refs.forEach((ref, d) => {
      fieldLengths[d] = counts.fieldLengths[`${field}/${ref}`] ?? 0
      total += fieldLengths[d]!
    })
    lengths.push(fieldLengths)
    totalLength.push(total)
  }
  return { format: 'compact-5', fields, refs: [...refs], terms, postOff, postDocs, postTf, lengths, totalLength }
}

/** Lookups built once per loaded index: term ordinals and field positions. */
export interface CompactRuntime {
  termIds: Map<string, number>
  fieldIds: Map<string, number>
}

const runtimes = new WeakMap<CompactIndex, CompactRuntime>()

export function runtimeOf(index: CompactIndex): CompactRuntime {
  let runtime = runtimes.get(index)
  if (!runtime) {
    runtime = { termIds: new Map(index.terms.map((t, i) => [t, i])), fieldIds: new Map(index.fields.map((f, i) => [f, i])) }
    runtimes.set(index, runtime)
  }
  return runtime
}

/** In how many (document, field) pairs term `t` occurs: lunr's document frequency. */
export function frequencyOf(index: CompactIndex, t: number): number {
  let df = 0
  for (let f = 0; f < index.fields.length; f++) df += index.postOff[f]![t + 1]! - index.postOff[f]![t]!
  return df
}

/** The documents of term `t` in field `f`. */
export const postingsOf = (index: CompactIndex, f: number, t: number): Uint32Array => index.postDocs[f]!.subarray(index.postOff[f]![t]!, index.postOff[f]![t + 1]!)

/** The counts beside `postingsOf(index, f, t)`, one per document. */
export const countsOf = (index: CompactIndex, f: number, t: number): Uint16Array => index.postTf[f]!.subarray(index.postOff[f]![t]!, index.postOff[f]![t + 1]!)

/** Whether document `d` holds term `t` in field `f`: a binary search in the term's postings. */
export function holds(index: CompactIndex, f: number, d: number, t: number): boolean {
  const docs = index.postDocs[f]!
  let lo = index.postOff[f]![t]!
  let hi = index.postOff[f]![t + 1]! - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const at = docs[mid]!
    if (at === d) return true
    if (at < d) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * A lunr index in typed arrays. lunr builds it (tokenising, stemming, postings); this keeps the
 * postings, each document's term counts and each field's length as a few flat arrays instead of
 * millions of small objects, so storing it in IndexedDB (structured clone) and loading it back is
 * a copy, not a rebuild, and it takes a fraction of the memory.
 *
 * It keeps raw counts, not lunr's BM25 weights: a weight depends on the whole corpus (idf, the
 * average field length), and an index is one segment of several (the dataset, imports added
 * since, notes). BM25 is computed at query time from counts summed over every segment searched
 * together (`score.ts`), so a document scores the same whichever segment holds it.
 */
import type lunr from 'lunr'

export interface CompactIndex {
  format: 'compact-4'
  fields: string[]
  /** Document ordinal → ref. */
  refs: string[]
  /** Every index term, sorted. A term's ordinal is its position here. */
  terms: string[]
  /** Per field: documents holding term t are `postDocs[f][postOff[f][t] … postOff[f][t + 1]]`. */
  postOff: Uint32Array[]
  postDocs: Uint32Array[]
  /** Per field: document d's vector is terms `vecTerm[f][vecOff[f][d] …]` (sorted) with their counts in `vecVal`. */
  vecOff: Uint32Array[]
  vecTerm: Uint32Array[]
  vecVal: Uint32Array[]
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
  const ordinalOf = new Map(terms.map((term, t) => [term, t]))
  const docOf = new Map(refs.map((ref, d) => [ref, d]))
  const lengths: Uint32Array[] = []
  const totalLength: number[] = []

  const postOff: Uint32Array[] = []
  const postDocs: Uint32Array[] = []
  const vecOff: Uint32Array[] = []
  const vecTerm: Uint32Array[] = []
  const vecVal: Uint32Array[] = []
  for (const field of fields) {
    const offsets = new Uint32Array(terms.length + 1)
    const docs: number[] = []
    terms.forEach((term, t) => {
      offsets[t] = docs.length
      const posting = lunrIndex.invertedIndex[term]![field] ?? {}
      const list = Object.keys(posting)
        .map((ref) => docOf.get(ref)!)
        .sort((a, b) => a - b)
      for (const d of list) docs.push(d)
    })
    offsets[terms.length] = docs.length
    postOff.push(offsets)
    postDocs.push(Uint32Array.from(docs))

    const vOffsets = new Uint32Array(refs.length + 1)
    const vTerms: number[] = []
    const vValues: number[] = []
    const fieldLengths = new Uint32Array(refs.length)
    let total = 0
    refs.forEach((ref, d) => {
      vOffsets[d] = vTerms.length
      const key = `${field}/${ref}`
      fieldLengths[d] = counts.fieldLengths[key] ?? 0
      total += fieldLengths[d]!
      const pairs = Object.entries(counts.fieldTermFrequencies[key] ?? {})
        .map(([term, tf]) => [ordinalOf.get(term)!, tf] as const)
        .sort((a, b) => a[0] - b[0])
      for (const [t, tf] of pairs) {
        vTerms.push(t)
        vValues.push(tf)
      }
    })
    vOffsets[refs.length] = vTerms.length
    vecOff.push(vOffsets)
    vecTerm.push(Uint32Array.from(vTerms))
    vecVal.push(Uint32Array.from(vValues))
    lengths.push(fieldLengths)
    totalLength.push(total)
  }
  return { format: 'compact-4', fields, refs: [...refs], terms, postOff, postDocs, vecOff, vecTerm, vecVal, lengths, totalLength }
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

/** How often term `t` occurs in field `f` of document `d` (0 if absent), by binary search. */
export function vectorValue(index: CompactIndex, f: number, d: number, t: number): number {
  const at = vectorSlot(index, f, d, t)
  return at < 0 ? 0 : index.vecVal[f]![at]!
}

/**
 * Where term `t` sits in document `d`'s vector for field `f`, or -1 when the document lacks it
 * there, by binary search.
 */
export function vectorSlot(index: CompactIndex, f: number, d: number, t: number): number {
  const terms = index.vecTerm[f]!
  let lo = index.vecOff[f]![d]!
  let hi = index.vecOff[f]![d + 1]! - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const at = terms[mid]!
    if (at === t) return mid
    if (at < t) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/**
 * A lunr index in typed arrays. lunr builds it (tokenising, stemming, BM25 field vectors); this
 * keeps the same postings and vectors as a few flat arrays instead of millions of small objects,
 * so storing it in IndexedDB (structured clone) and loading it back is a copy, not a rebuild, and
 * it takes a fraction of the memory. Scores computed from it equal lunr's (vector values are kept
 * exactly).
 */
import type lunr from 'lunr'

export interface CompactIndex {
  format: 'compact-2'
  fields: string[]
  /** Document ordinal → ref. */
  refs: string[]
  /** Every index term, sorted. A term's ordinal is its position here. */
  terms: string[]
  /** Per field: documents holding term t are `postDocs[f][postOff[f][t] … postOff[f][t + 1]]`. */
  postOff: Uint32Array[]
  postDocs: Uint32Array[]
  /** Per field: document d's vector is terms `vecTerm[f][vecOff[f][d] …]` (sorted) with `vecVal`. */
  vecOff: Uint32Array[]
  vecTerm: Uint32Array[]
  vecVal: Float64Array[]
}

interface LunrInternals {
  fields: string[]
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>
  fieldVectors: Record<string, { elements: number[] }>
}

export function compactFrom(index: lunr.Index, refs: readonly string[]): CompactIndex {
  const lunrIndex = index as unknown as LunrInternals
  const fields = lunrIndex.fields
  const terms = Object.keys(lunrIndex.invertedIndex).sort()
  const ordinalOfLunr = new Map<number, number>()
  terms.forEach((term, t) => ordinalOfLunr.set(lunrIndex.invertedIndex[term]!._index, t))
  const docOf = new Map(refs.map((ref, d) => [ref, d]))

  const postOff: Uint32Array[] = []
  const postDocs: Uint32Array[] = []
  const vecOff: Uint32Array[] = []
  const vecTerm: Uint32Array[] = []
  const vecVal: Float64Array[] = []
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
    refs.forEach((ref, d) => {
      vOffsets[d] = vTerms.length
      const elements = lunrIndex.fieldVectors[`${field}/${ref}`]?.elements ?? []
      const pairs: [number, number][] = []
      for (let i = 0; i < elements.length; i += 2) pairs.push([ordinalOfLunr.get(elements[i]!)!, elements[i + 1]!])
      pairs.sort((a, b) => a[0] - b[0])
      for (const [t, v] of pairs) {
        vTerms.push(t)
        vValues.push(v)
      }
    })
    vOffsets[refs.length] = vTerms.length
    vecOff.push(vOffsets)
    vecTerm.push(Uint32Array.from(vTerms))
    vecVal.push(Float64Array.from(vValues))
  }
  return { format: 'compact-2', fields, refs: [...refs], terms, postOff, postDocs, vecOff, vecTerm, vecVal }
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

/** The weight of term `t` in document `d`'s vector for field `f` (0 if absent), by binary search. */
export function vectorValue(index: CompactIndex, f: number, d: number, t: number): number {
  const at = vectorSlot(index, f, d, t)
  return at < 0 ? 0 : index.vecVal[f]![at]!
}

/**
 * Where term `t` sits in document `d`'s vector for field `f`, or -1 when the document lacks it
 * there (a value rounded to 0 still has a slot), by binary search.
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

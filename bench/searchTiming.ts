/** What the search benchmark's parent and its measuring processes share: the query mix's shape and its timing. */
export const QUERY_TYPES = ['oneTerm', 'threeTerms', 'prefix', 'fuzzy', 'phrase', 'fieldScope', 'commonTerm'] as const
export type QueryType = (typeof QUERY_TYPES)[number]
export interface BenchQuery {
  type: QueryType
  text: string
}
export const TOP = 20

export interface EngineResult {
  buildMs: number
  serializedBytes: number
  loadMs: number
  heapBytes: number
  /** Memory outside the heap after loading (typed arrays); 0 for an engine that keeps none. */
  arrayBufferBytes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  byQueryType: Record<QueryType, { p50Ms: number; p95Ms: number; maxMs: number; meanHits: number }>
}

/** What a measuring process reports: everything but the build, which the parent times. */
export type LoadAndQueryResult = Omit<EngineResult, 'buildMs' | 'serializedBytes'>

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
export const round = (n: number): number => Math.round(n * 100) / 100
export const now = (): number => performance.now()

export async function timeQueries(queries: BenchQuery[], run: (q: BenchQuery) => Promise<number> | number): Promise<Pick<EngineResult, 'p50Ms' | 'p95Ms' | 'maxMs' | 'byQueryType'>> {
  for (const q of queries) await run(q) // warm-up: JIT and caches, as a user's second query
  const times: Record<QueryType, number[]> = Object.fromEntries(QUERY_TYPES.map((t) => [t, []])) as never
  const hits: Record<QueryType, number[]> = Object.fromEntries(QUERY_TYPES.map((t) => [t, []])) as never
  const all: number[] = []
  for (const q of queries) {
    const started = now()
    const n = await run(q)
    const ms = now() - started
    times[q.type].push(ms)
    hits[q.type].push(n)
    all.push(ms)
  }
  all.sort((a, b) => a - b)
  const byQueryType = Object.fromEntries(
    QUERY_TYPES.map((t) => {
      const s = [...times[t]].sort((a, b) => a - b)
      return [t, { p50Ms: round(percentile(s, 50)), p95Ms: round(percentile(s, 95)), maxMs: round(s.at(-1)!), meanHits: round(hits[t].reduce((a, b) => a + b, 0) / hits[t].length) }]
    })
  ) as EngineResult['byQueryType']
  return { p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)), maxMs: round(all.at(-1)!), byQueryType }
}

/**
 * One engine's load and queries, in a process of its own (`bench/search.ts` starts it): as the
 * app's search worker starts, with nothing else in its heap. It reads the stored index from
 * files, then answers the query mix, reading the texts of the hits it shows from a file as the
 * app reads them from its sources table. Prints its figures as one line of JSON.
 *
 *   node --expose-gc --import tsx bench/searchProcess.ts ours|minisearch <folder>
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { deserialize } from 'node:v8'
import MiniSearch, { type SearchOptions } from 'minisearch'
import { hasPhrases, loadIndex, phrasePattern, searchStored, type SearchIndex, type TextStore } from '../src/shared/search/engine'
import { words } from '../src/shared/search/query'
import { TOP, now, round, timeQueries, type BenchQuery, type LoadAndQueryResult } from './searchTiming'

export const MINI_OPTIONS = { idField: 'ref', fields: ['title', 'aliases', 'body', 'tags', 'partner', 'type'], storeFields: [] as string[] }

/** Where the texts are: `texts.bin` holds every body (UTF-8) one after another, `offsets.bin` each one's start and length by document number. */
export const TEXTS_FILE = 'texts.bin'
export const OFFSETS_FILE = 'offsets.bin'
/** The document number in a bench ref (`passage:doc-12#1`). */
export const docNumber = (ref: string): number => Number(/doc-(\d+)/.exec(ref)?.[1] ?? -1)

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const memory = (): { heap: number; buffers: number } => {
  gc()
  gc()
  const m = process.memoryUsage()
  return { heap: m.heapUsed, buffers: m.arrayBuffers }
}

/** Reads texts from the file by position, as a query reads its hits' sources. */
function fileTexts(folder: string): TextStore & { body(ref: string): string } {
  const fd = openSync(join(folder, TEXTS_FILE), 'r')
  const offsets = new Float64Array(readFileSync(join(folder, OFFSETS_FILE)).buffer.slice(0))
  const body = (ref: string): string => {
    const n = docNumber(ref)
    const [start, length] = [offsets[2 * n]!, offsets[2 * n + 1]!]
    const bytes = Buffer.allocUnsafe(length)
    readSync(fd, bytes, 0, length, start)
    return bytes.toString('utf8')
  }
  process.on('exit', () => closeSync(fd))
  return { body, read: async (docs) => new Map(docs.map((d) => [d.ref, body(d.ref)])) }
}

/** Every typed array in `value` copied into its own buffer, as IndexedDB's structured clone returns them. */
function ownBuffers<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice() as T
  // Arrays of strings (terms, refs, string tables) are decoded already; only arrays of arrays are walked.
  if (Array.isArray(value)) return (typeof value[0] === 'object' && value[0] !== null ? value.map(ownBuffers) : value) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownBuffers(v)])) as T
  return value
}

async function ours(folder: string, queries: BenchQuery[]): Promise<LoadAndQueryResult> {
  const texts = fileTexts(folder)
  const files = readdirSync(folder)
    .filter((f) => f.startsWith('segment-'))
    .sort()
  const base = memory()
  const started = now()
  // As the worker loads them from IndexedDB: read, then the structured clone decoded, each typed
  // array in a buffer of its own (Node's decoder would leave them views of the whole file).
  const loaded: SearchIndex[] = files.map((f) => loadIndex(ownBuffers(deserialize(readFileSync(join(folder, f)))) as never, texts))
  const loadMs = now() - started
  const timing = await timeQueries(queries, async (q) => (await searchStored(loaded, q.text, {}, TOP)).hits.length)
  // After the queries: whatever the engine builds lazily counts too.
  const after = memory()
  if (!loaded[0]?.docs.size) throw new Error('empty index')
  return { loadMs: round(loadMs), heapBytes: after.heap - base.heap, arrayBufferBytes: after.buffers - base.buffers, ...timing }
}

async function minisearch(folder: string, queries: BenchQuery[]): Promise<LoadAndQueryResult> {
  const texts = fileTexts(folder)
  const base = memory()
  const started = now()
  const loaded = MiniSearch.loadJSON(readFileSync(join(folder, 'minisearch.json'), 'utf8'), MINI_OPTIONS)
  const loadMs = now() - started
  const boost = { title: 10, aliases: 12, tags: 4, partner: 2, type: 2, body: 1 }
  const options = (q: BenchQuery): SearchOptions => {
    switch (q.type) {
      case 'prefix':
        return { boost, prefix: (_t, i, terms) => i === terms.length - 1 }
      case 'fuzzy':
        return { boost, fuzzy: (term) => (term.length >= 5 ? 1 : false) }
      case 'phrase':
        return { boost, combineWith: 'AND' }
      case 'fieldScope':
        return { boost, fields: ['title', 'aliases'] }
      default:
        return { boost }
    }
  }
  const timing = await timeQueries(queries, (q) => {
    const text = q.text.replace(/^title:/, '').replace(/"/g, '')
    const results = loaded.search(text, options(q))
    if (q.type !== 'phrase') return results.slice(0, TOP).length
    // MiniSearch has no phrases: the check ours makes, best first until enough hold the phrase, its texts read alike.
    const pattern = [phrasePattern(words(text).join(' '))]
    let kept = 0
    for (const r of results) {
      if (hasPhrases({ title: '', aliases: '', tags: '', body: texts.body(r.id as string) }, pattern) && ++kept === TOP) break
    }
    return kept
  })
  const after = memory()
  if (!loaded.documentCount) throw new Error('empty index')
  return { loadMs: round(loadMs), heapBytes: after.heap - base.heap, arrayBufferBytes: after.buffers - base.buffers, ...timing }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [engine, folder] = process.argv.slice(2)
  const queries = JSON.parse(readFileSync(join(folder!, 'queries.json'), 'utf8')) as BenchQuery[]
  const result = await (engine === 'ours' ? ours : minisearch)(folder!, queries)
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

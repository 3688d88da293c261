/**
 * `npm run bench`: our lunr engine against MiniSearch on the same synthetic corpus and queries.
 * Measures build time, serialised size, load time, heap, query latency per query type, and how
 * long a new note takes to become searchable, and a new imported document (`addOneSearchableMs`,
 * `addHundredSearchableMs`: a segment beside the base) and the merge that folds them in. Prints a table per corpus size and writes
 * bench/results/latest.json (the largest size, with every size under `runs`).
 *
 *   npm run bench                    1,000 and 10,000 documents
 *   npm run bench -- --docs 2000     one size, written to bench/results/latest-2000.json
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { deserialize, serialize } from 'node:v8'
import { join, resolve } from 'node:path'
import MiniSearch from 'minisearch'
import { IndexBuilder, buildIndex, loadIndex, search, searchStored, serializeIndex, type SearchIndex, type TextStore } from '../src/shared/search/engine'
import { MINI_OPTIONS, OFFSETS_FILE, TEXTS_FILE, docNumber } from './searchProcess'
import { QUERY_TYPES, TOP, now, round, type BenchQuery, type EngineResult, type LoadAndQueryResult } from './searchTiming'

const PER_TYPE = 30
import { NotesIndex } from '../src/shared/search/notesIndex'
import { words } from '../src/shared/search/query'
import type { Annotation } from '../src/shared/model/annotation'
import { generateCorpus, seeded, type Corpus } from './corpus'

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const heapUsed = (): number => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/**
 * Storage for the passages' texts, as the app keeps them in its sources table: each text cloned
 * in (structured clone, as IndexedDB stores it) and cloned out when a query reads it.
 */
function textStorage(docs: readonly { ref: string; body: string }[]): TextStore {
  const rows = new Map(docs.map((d) => [d.ref, serialize(d.body)]))
  return {
    read: async (wanted) => {
      const out = new Map<string, string>()
      for (const d of wanted) {
        const row = rows.get(d.ref)
        if (row) out.set(d.ref, deserialize(row) as string)
      }
      return out
    }
  }
}

/** A fixed query mix drawn from the corpus with its own seed. */
function queryMix(corpus: Corpus): BenchQuery[] {
  const random = seeded(7)
  const rank = (from: number, to: number, minLength = 1): string => {
    for (;;) {
      const w = corpus.vocabulary[from + Math.floor(random() * (to - from))]!
      if (w.length >= minLength && !w.includes('-')) return w
    }
  }
  const out: BenchQuery[] = []
  for (let i = 0; i < PER_TYPE; i++) {
    out.push({ type: 'oneTerm', text: `${rank(40, 3000)} ` })
    out.push({ type: 'threeTerms', text: `${rank(10, 3000)} ${rank(10, 3000)} ${rank(10, 3000)} ` })
    const typed = rank(20, 3000, 6)
    out.push({ type: 'prefix', text: typed.slice(0, 3 + Math.floor(random() * (typed.length - 4))) })
    const word = rank(40, 3000, 6)
    const at = 2 + Math.floor(random() * (word.length - 3))
    out.push({ type: 'fuzzy', text: `${word.slice(0, at)}${word[at] === 'x' ? 'q' : 'x'}${word.slice(at + 1)} ` })
    const doc = corpus.docs[Math.floor(random() * corpus.docs.length)]!
    const bodyWords = words(doc.body).filter((w) => w.length > 3)
    const k = Math.floor(random() * (bodyWords.length - 1))
    // Adjacent in the text: take two neighbouring words from one sentence.
    const sentence = doc.body.split('.')[Math.floor(random() * 5)] ?? doc.body
    const pair = words(sentence).filter((w) => w.length > 3).slice(0, 2)
    out.push({ type: 'phrase', text: `"${(pair.length === 2 && sentence.toLowerCase().includes(pair.join(' ')) ? pair : [bodyWords[k]!, bodyWords[k + 1]!]).join(' ')}"` })
    out.push({ type: 'fieldScope', text: `title:${rank(20, 2000)} ` })
    out.push({ type: 'commonTerm', text: `${corpus.vocabulary[i % 4]!} ` })
  }
  return out
}

interface SegmentResult {
  /** One new document into a library of `docs`: its segment built, then found by a word only it holds. */
  addOneSearchableMs: number
  /** A hundred imported together. */
  addHundredSearchableMs: number
  /** Folding the changes back into one index (the whole library built again), and the heap it took at most. */
  mergeMs: number
  mergeHeapBytes: number
}

/**
 * The large index in segments, as the search service keeps it: new documents go into a small
 * segment searched beside the base (global statistics), so they are searchable without
 * rebuilding the base. Median of 5 runs each.
 */
async function benchSegments(corpus: Corpus, base: SearchIndex, texts: TextStore): Promise<SegmentResult> {
  const newDoc = (i: number, run: number): (typeof corpus.docs)[number] => ({
    ...corpus.docs[i % corpus.docs.length]!,
    ref: `passage:new-${run}-${i}#1`,
    id: `new-${run}-${i}`,
    title: `Imported report ${run}-${i}`,
    body: `${corpus.docs[(i * 7) % corpus.docs.length]!.body.slice(0, 1200)} Its own word: zorblax${run}q${i}.`
  })
  const addAndFind = async (count: number): Promise<number> => {
    const samples: number[] = []
    for (let run = 0; run < 5; run++) {
      const fresh = Array.from({ length: count }, (_, i) => newDoc(i, run))
      const started = now()
      const segment = buildIndex(fresh)
      const found = await searchStored([base, segment], `zorblax${run}q${count - 1}`, {}, TOP)
      samples.push(now() - started)
      if (found.hits[0]?.id !== `new-${run}-${count - 1}`) throw new Error('The new document was not found')
    }
    samples.sort((a, b) => a - b)
    return round(samples[2]!)
  }
  const addOneSearchableMs = await addAndFind(1)
  const addHundredSearchableMs = await addAndFind(100)
  const before = heapUsed()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
  const started = now()
  // As the app merges: the texts of the stored documents are read a batch at a time.
  const all = [...base.docs.values(), ...Array.from({ length: 100 }, (_, i) => newDoc(i, 9))]
  const merged = (await new IndexBuilder(texts).addStored(all, 500)).finish()
  const mergeMs = now() - started
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  clearInterval(sampler)
  if (merged.docs.size !== all.length) throw new Error('The merge lost documents')
  return { addOneSearchableMs, addHundredSearchableMs, mergeMs: round(mergeMs), mergeHeapBytes: peak - before }
}

/** Past this many documents the index is built, stored and searched as segments of this size, as the app keeps a growing library. */
const SEGMENT_DOCS = 20_000

/**
 * Load and queries run in a process of their own (`searchProcess.ts`), as the app's search worker
 * starts with an empty heap: the corpus and the builds held here would slow its collector and
 * count in its heap.
 */
function measureInProcess(engine: 'ours' | 'minisearch', folder: string): LoadAndQueryResult {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', resolve(import.meta.dirname, 'searchProcess.ts'), engine, folder], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  if (child.status !== 0) throw new Error(`The ${engine} measuring process failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as LoadAndQueryResult
}

/** The corpus's texts in a file, each one's start and length by document number, for the measuring processes. */
function writeTexts(folder: string, corpus: Corpus): void {
  const offsets = new Float64Array(2 * corpus.docs.length)
  const parts: Buffer[] = []
  let at = 0
  for (const doc of corpus.docs) {
    const bytes = Buffer.from(doc.body, 'utf8')
    const n = docNumber(doc.ref)
    offsets[2 * n] = at
    offsets[2 * n + 1] = bytes.length
    parts.push(bytes)
    at += bytes.length
  }
  writeFileSync(join(folder, TEXTS_FILE), Buffer.concat(parts))
  writeFileSync(join(folder, OFFSETS_FILE), Buffer.from(offsets.buffer))
}

async function benchOurs(corpus: Corpus, folder: string, texts: TextStore): Promise<EngineResult & { loaded: SearchIndex; segments: number }> {
  const started = now()
  const parts: (typeof corpus.docs)[] = []
  for (let i = 0; i < corpus.docs.length; i += SEGMENT_DOCS) parts.push(corpus.docs.slice(i, i + SEGMENT_DOCS))
  // Stored as IndexedDB stores it: the structured clone of typed arrays and string tables, the
  // passages without their texts (the sources hold them).
  const stored = parts.map((docs) => serialize(serializeIndex(buildIndex(docs))))
  const buildMs = now() - started
  const serializedBytes = stored.reduce((n, x) => n + x.length, 0)
  stored.forEach((x, i) => writeFileSync(join(folder, `segment-${String(i).padStart(3, '0')}.bin`), x))
  const measured = measureInProcess('ours', folder)
  // The first segment, loaded here too, is the base the add and merge figures start from.
  const loaded = loadIndex(deserialize(stored[0]!) as never, texts)
  return { buildMs: round(buildMs), serializedBytes, ...measured, loaded, segments: stored.length }
}

function benchMiniSearch(corpus: Corpus, folder: string): EngineResult {
  const started = now()
  const built = new MiniSearch(MINI_OPTIONS)
  built.addAll(corpus.docs)
  const buildMs = now() - started
  const json = JSON.stringify(built)
  writeFileSync(join(folder, 'minisearch.json'), json)
  return { buildMs: round(buildMs), serializedBytes: Buffer.byteLength(json), ...measureInProcess('minisearch', folder) }
}

/** A researcher with 1,000 notes saves one more: the notes index takes the change, then the new note is found. */
function noteToSearchable(): number {
  const random = seeded(11)
  const note = (i: number, body: string): Annotation => ({
    id: `n${i}`,
    kind: 'note',
    targetType: 'initiative',
    targetId: `i${i % 90}`,
    body,
    tags: i % 3 ? ['chapter-2'] : [],
    links: [],
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    deleted: null
  })
  const corpus = generateCorpus(50, 3, 400)
  const notes = Array.from({ length: 1_000 }, (_, i) => note(i, corpus.docs[i % 50]!.body.slice(Math.floor(random() * 100), 300)))
  const samples: number[] = []
  const titleOf = (a: Annotation): string => a.targetId
  for (let run = 0; run < 7; run++) {
    const notesIndex = new NotesIndex()
    notesIndex.rebuild(notes, titleOf)
    const fresh = [...notes, note(10_000 + run, `A new thought about quokkaesque${run} governance.`)]
    const started = now()
    notesIndex.update(fresh, titleOf)
    const found = search(notesIndex.indexes, `quokkaesque${run}`, {}, TOP)
    samples.push(now() - started)
    if (found.hits[0]?.id !== `n${10_000 + run}`) throw new Error('The new note was not found')
  }
  samples.sort((a, b) => a - b)
  return round(samples[Math.floor(samples.length / 2)]!)
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`

function printRun(docs: number, corpusBytes: number, ours: EngineResult, mini: EngineResult, noteMs: number, segments: SegmentResult): void {
  console.log(`\n${docs.toLocaleString('en')} documents, ${mb(corpusBytes)} of text`)
  const rows: [string, string, string][] = [
    ['build', `${ours.buildMs} ms`, `${mini.buildMs} ms`],
    ['serialised', mb(ours.serializedBytes), mb(mini.serializedBytes)],
    ['load', `${ours.loadMs} ms`, `${mini.loadMs} ms`],
    ['heap', mb(ours.heapBytes), mb(mini.heapBytes)],
    ['outside the heap (typed arrays)', mb(ours.arrayBufferBytes), mb(mini.arrayBufferBytes)],
    ['whole mix p50 / p95 / max', `${ours.p50Ms} / ${ours.p95Ms} / ${ours.maxMs} ms`, `${mini.p50Ms} / ${mini.p95Ms} / ${mini.maxMs} ms`],
    ...QUERY_TYPES.map((t): [string, string, string] => [
      `  ${t} p50 / p95 / max`,
      `${ours.byQueryType[t].p50Ms} / ${ours.byQueryType[t].p95Ms} / ${ours.byQueryType[t].maxMs} ms`,
      `${mini.byQueryType[t].p50Ms} / ${mini.byQueryType[t].p95Ms} / ${mini.byQueryType[t].maxMs} ms`
    ]),
    ['note to searchable (1,000 notes, delta)', `${noteMs} ms`, ''],
    ['one import to searchable (segment)', `${segments.addOneSearchableMs} ms`, ''],
    ['100 imports to searchable (segment)', `${segments.addHundredSearchableMs} ms`, ''],
    ['merge (all built again) / its peak heap', `${segments.mergeMs} ms / ${mb(segments.mergeHeapBytes)}`, '']
  ]
  const w0 = Math.max(...rows.map((r) => r[0].length), 6)
  const w1 = Math.max(...rows.map((r) => r[1].length), 4)
  console.log(`${'measure'.padEnd(w0)}  ${'ours'.padEnd(w1)}  minisearch`)
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`)
}

const docsArg = process.argv.indexOf('--docs')
const sizes = docsArg > 0 ? [Number(process.argv[docsArg + 1])] : [1_000, 10_000]
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('Usage: npm run bench [-- --docs N]   (N a whole number, at least 10)')
  process.exit(2)
}
if (!(globalThis as { gc?: unknown }).gc) console.warn('Run with --expose-gc for heap figures (npm run bench does).')

const runs = []
for (const docs of sizes) {
  const corpus = generateCorpus(docs)
  const queries = queryMix(corpus)
  const texts = textStorage(corpus.docs)
  const folder = mkdtempSync(join(tmpdir(), 'desk-bench-'))
  writeTexts(folder, corpus)
  writeFileSync(join(folder, 'queries.json'), JSON.stringify(queries))
  const { loaded, segments: indexSegments, ...ours } = await benchOurs(corpus, folder, texts)
  const minisearch = benchMiniSearch(corpus, folder)
  rmSync(folder, { recursive: true, force: true })
  const noteSearchableMs = noteToSearchable()
  // The add and merge figures are for a library of up to 20,000 documents in one base.
  const segments = indexSegments === 1 ? await benchSegments(corpus, loaded, texts) : { addOneSearchableMs: NaN, addHundredSearchableMs: NaN, mergeMs: NaN, mergeHeapBytes: NaN }
  if (indexSegments > 1) console.log(`\n${docs.toLocaleString('en')} documents are built, stored, loaded and searched as ${indexSegments} segments of ${SEGMENT_DOCS.toLocaleString('en')}.`)
  printRun(docs, corpus.bytes, ours, minisearch, noteSearchableMs, segments)
  runs.push({ docs, corpusBytes: corpus.bytes, queries: queries.length, indexSegments, engines: { ours, minisearch }, noteSearchableMs, ...segments })
}
const largest = runs.at(-1)!
const report = { ...largest, node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', date: new Date().toISOString(), runs }
// One size asked for (`--docs N`) is a scale point beside the standard run, not in place of it.
const out = resolve(import.meta.dirname, docsArg > 0 ? `results/latest-${sizes[0]}.json` : 'results/latest.json')
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true })
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nWrote ${out}`)

/**
 * `npx tsx bench/storage.ts [--pages N] [--names dense|none|prose]`: how many bytes an import really
 * takes on disk in Chromium's IndexedDB, to set the ratios of `estimateImportBytes`. Imports N
 * generated pages of about 40 KB into a fresh profile through the app's file input and samples
 * the profile's IndexedDB folder (`du`) every 100 ms: before, at its peak while writing, once the
 * import is stored, and once the search index has been rebuilt and stored. Prints JSON.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'
import { findChromium } from '../test/e2e/chromium'
import { densePages } from '../test/support/densePages'

const root = resolve(import.meta.dirname, '..')
const arg = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback)
const PAGES = Number(arg('--pages', '150'))
const NAMES = arg('--names', 'dense')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const run = promisify(execFile)

async function bytesIn(dir: string): Promise<number> {
  const { stdout } = await run('du', ['-sb', dir])
  return Number(stdout.split('\t')[0])
}

/** Samples `dir` until `stop` resolves; returns the largest size seen. */
async function peakWhile(dir: string, stop: Promise<unknown>): Promise<number> {
  let done = false
  void stop.finally(() => (done = true))
  let peak = 0
  while (!done) {
    peak = Math.max(peak, await bytesIn(dir))
    await new Promise((r) => setTimeout(r, 100))
  }
  return Math.max(peak, await bytesIn(dir))
}

/** Waits until `dir` has not changed size for `quietMs`. */
async function settled(dir: string, quietMs = 4000): Promise<number> {
  let last = -1
  let since = Date.now()
  for (;;) {
    const now = await bytesIn(dir)
    if (now !== last) {
      last = now
      since = Date.now()
    } else if (Date.now() - since > quietMs) return now
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Real prose (the relevance fixtures' documents) cut into `count` different pages of about 40 KB. */
function prosePages(count: number): { name: string; text: string }[] {
  const dirs = ['test/fixtures/relevance/corpus', 'test/fixtures/relevance-holdout/corpus'].map((d) => resolve(root, d))
  const all = dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'))).join('\n\n')
  return Array.from({ length: count }, (_, i) => {
    const at = (i * 7919) % all.length
    const text = (all.slice(at) + '\n\n' + all).slice(0, 40 * 1024)
    return { name: `prose-${String(i + 1).padStart(3, '0')}.txt`, text: `Prose sample ${i + 1}\n\n${text}` }
  })
}

/** In the page: mention rows, stored text and passages of imported sources, and the stored index's bytes. */
async function storedFigures(): Promise<{ mentionRows: number; textBytes: number; textChars: number; passages: number; indexBytes: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('asean-digital-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const get = <T,>(store: string, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const request = fn(db.transaction(store).objectStore(store))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const stringBytes = (s: string): number => s.length * (/[\u0100-\uffff]/.test(s) ? 2 : 1)
  const sizeOf = (value: unknown): number => {
    if (typeof value === 'string') return stringBytes(value)
    if (typeof value === 'number') return 8
    if (ArrayBuffer.isView(value)) return value.byteLength
    if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v), 0)
    if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + k.length + sizeOf(v), 0)
    return 1
  }
  const sources = (await get('sources', (s) => s.getAll())) as { origin?: string; text: string }[]
  const mine = sources.filter((s) => s.origin === 'user')
  // The large index and its segments of changes, each with its documents stored by column
  // (`src/shared/search/storedDocs.ts`: kind 3 is a passage; ids by position in a string table).
  type Column = { values: string[]; at: Uint32Array }
  const indexes = (await get('searchIndexes', (s) => s.getAll())) as { data: { docs: { kind: Uint8Array; text: { id: Column } } } }[]
  const userPassages = (docs: { kind: Uint8Array; text: { id: Column } }): number => {
    let n = 0
    docs.kind.forEach((kind, d) => {
      if (kind === 3 && docs.text.id.values[docs.text.id.at[d]!]!.startsWith('user-')) n++
    })
    return n
  }
  return {
    mentionRows: await get('mentions', (s) => s.count()),
    textChars: mine.reduce((n, s) => n + s.text.length, 0),
    textBytes: mine.reduce((n, s) => n + stringBytes(s.text), 0),
    passages: indexes.reduce((n, x) => n + userPassages(x.data.docs), 0),
    indexBytes: indexes.reduce((n, x) => n + sizeOf(x.data), 0)
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const server = await startStaticServer({ rendererDir: resolve(root, 'out/renderer'), datasetDir: resolve(root, 'resources/dataset') })
  const profile = mkdtempSync(join(tmpdir(), 'desk-storage-'))
  const files = mkdtempSync(join(tmpdir(), 'desk-storage-files-'))
  const pages = NAMES === 'prose' ? prosePages(PAGES) : densePages(PAGES, { names: NAMES === 'none' ? 'unknown' : 'known' })
  const paths = pages.map((p) => {
    writeFileSync(join(files, p.name), p.text)
    return join(files, p.name)
  })
  const fileBytes = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0)
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args: ARGS })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${server.url}#/sources`)
    await page.getByText(/^Dataset \d/).waitFor()
    const idb = join(profile, 'Default', 'IndexedDB')
    const before = await settled(idb)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    const finished = page.locator('.import-results [role="status"]').waitFor({ timeout: 300_000 })
    await chooser.setFiles(paths)
    const peakImport = await peakWhile(idb, finished)
    const status = await page.locator('.import-results [role="status"]').textContent()
    const afterImport = await bytesIn(idb)
    // The search index is rebuilt a second after the sources settle, in the worker, then stored.
    // tsx names inner functions with a `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (f) => f')
    const indexed = (async () => {
      while ((await page.evaluate(storedFigures)).passages === 0) await new Promise((r) => setTimeout(r, 1000))
      return settled(idb)
    })()
    const peakIndex = await peakWhile(idb, indexed)
    const afterIndex = await indexed
    const stored = await page.evaluate(storedFigures)
    const estimate = await page.evaluate(() => navigator.storage.estimate())
    console.log(
      JSON.stringify(
        { pages: PAGES, names: NAMES, status, fileBytes, ...stored, before, peakImport, afterImport, peakIndex, afterIndex, estimate, perFileByte: { import: (afterImport - before) / fileBytes, peak: (Math.max(peakImport, peakIndex) - before) / fileBytes, withIndex: (afterIndex - before) / fileBytes } },
        null,
        2
      )
    )
  } finally {
    await context.close()
    await server.close()
  }
}

await main()

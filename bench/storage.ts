/**
 * `npx tsx bench/storage.ts [--pages N] [--names none|dense]`: how many bytes an import really
 * takes on disk in Chromium's IndexedDB, to set the ratios of `estimateImportBytes`. Imports N
 * generated pages of about 40 KB into a fresh profile through the app's file input and samples
 * the profile's IndexedDB folder (`du`) every 100 ms: before, at its peak while writing, once the
 * import is stored, and once the search index has been rebuilt and stored. Prints JSON.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server.mjs'
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

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const server = await startStaticServer({ rendererDir: resolve(root, 'out/renderer'), datasetDir: resolve(root, 'resources/dataset') })
  const profile = mkdtempSync(join(tmpdir(), 'desk-storage-'))
  const files = mkdtempSync(join(tmpdir(), 'desk-storage-files-'))
  const pages = densePages(PAGES, { names: NAMES === 'none' ? 'unknown' : 'known' })
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
    const stored = page.locator('.import-results [role="status"]').waitFor({ timeout: 300_000 })
    await chooser.setFiles(paths)
    const peakImport = await peakWhile(idb, stored)
    const status = await page.locator('.import-results [role="status"]').textContent()
    const afterImport = await bytesIn(idb)
    // The search index is rebuilt a second after the sources settle, in the worker, then stored.
    const peakIndex = await peakWhile(idb, settled(idb, 6000))
    const afterIndex = await settled(idb)
    const mentionRows = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('asean-digital-desk')
          open.onsuccess = () => {
            const request = open.result.transaction('mentions').objectStore('mentions').count()
            request.onsuccess = () => resolve(request.result)
            request.onerror = () => reject(request.error)
          }
        })
    )
    const estimate = await page.evaluate(() => navigator.storage.estimate())
    console.log(
      JSON.stringify(
        { pages: PAGES, names: NAMES, status, fileBytes, mentionRows, before, peakImport, afterImport, peakIndex, afterIndex, estimate, perFileByte: { import: (afterImport - before) / fileBytes, peak: (Math.max(peakImport, peakIndex) - before) / fileBytes, withIndex: (afterIndex - before) / fileBytes } },
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

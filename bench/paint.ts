/**
 * `npm run bench:paint`: how fast the web build paints its first screen with the seed dataset, in
 * Debian's Chromium. Cold = a fresh profile (the dataset is fetched, validated and stored in
 * IndexedDB first); warm = a reload (read from IndexedDB). Reports first contentful paint and the
 * time until the Overview shows its figures. Prints a table and writes bench/results/paint.json.
 *
 * `-- --imported N` adds a third row: warm again, once N imported documents (generated reports
 * of about 2.7 KB, put in the sources table as an import stores them) are in the library and the
 * search index has caught up with them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { chromium, type Page } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'
import { findChromium } from '../test/e2e/chromium'
import { generateCorpus } from './corpus'

const root = resolve(import.meta.dirname, '..')
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7
const imported = process.argv.includes('--imported') ? Number(process.argv[process.argv.indexOf('--imported') + 1]) : 0

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Records when the Overview's figures are on screen, from inside the page. */
const OBSERVER = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.stat-value')) {
      window.__overviewReady = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

async function measure(page: Page): Promise<{ fcp: number; overview: number }> {
  await page.waitForFunction(() => (window as unknown as { __overviewReady?: number }).__overviewReady !== undefined, null, { timeout: 30_000 })
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    overview: (window as unknown as { __overviewReady: number }).__overviewReady
  }))
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' })
const server = await startStaticServer({ rendererDir: resolve(root, 'out/renderer'), datasetDir: resolve(root, 'resources/dataset') })
const cold: { fcp: number; overview: number }[] = []
const warm: { fcp: number; overview: number }[] = []
const warmImported: { fcp: number; overview: number }[] = []

/** Imported sources as the import stores them, without their mention rows. */
const importedRows = imported
  ? generateCorpus(imported, 7).docs.map((doc, i) => ({
      id: `user-bench${i}`,
      title: `${doc.title} (${i})`,
      publisher: `Ministry ${i % 10}`,
      publishedOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
      url: `https://example.org/report-${i}`,
      language: 'en',
      format: 'html',
      file: `report-${i}.html`,
      textFile: `report-${i}.html`,
      cleaning: [],
      text: doc.body,
      origin: 'user',
      contentHash: `bench${i}`,
      fileName: `report-${i}.html`,
      imported: '2026-11-01T00:00:00.000Z',
      updated: '2026-11-01T00:00:00.000Z'
    }))
  : []

async function addImported(page: Page): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('asean-digital-desk')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    for (let i = 0; i < rows.length; i += 1000) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('sources', 'readwrite')
        for (const row of rows.slice(i, i + 1000)) tx.objectStore('sources').put(row)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
    }
    db.close()
  }, importedRows)
}

try {
  for (let i = 0; i < runs; i++) {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'desk-bench-')), {
      executablePath: findChromium(),
      args: ARGS,
      viewport: { width: 1280, height: 820 }
    })
    await context.addInitScript(OBSERVER)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url)
    cold.push(await measure(page))
    await page.reload()
    warm.push(await measure(page))
    const figures = async (): Promise<number[]> => (await page.locator('.stat-value').allTextContents()).map((v) => Number(v.replace(/\D/g, '')))
    const before = await figures()
    if (imported) {
      await addImported(page)
      // The first start after them builds their search segment; measure once it is stored.
      await page.reload()
      await measure(page)
      await page.waitForTimeout(1000)
      await page.getByText('Building the search index…').waitFor({ state: 'hidden', timeout: 300_000 })
      await page.reload()
      warmImported.push(await measure(page))
      // The sources figure counts them.
      const after = await figures()
      if (!after.some((n, i) => n - before[i]! === imported)) throw new Error(`The Overview does not count the ${imported} imported documents: ${before.join(', ')} → ${after.join(', ')}`)
    }
    await context.close()
  }
} finally {
  await server.close()
}

const summary = (label: string, list: { fcp: number; overview: number }[]) => ({
  label,
  fcpP50: percentile(list.map((r) => r.fcp), 50),
  overviewP50: percentile(list.map((r) => r.overview), 50),
  overviewMax: Math.max(...list.map((r) => r.overview))
})
const rows = [
  summary('cold (first run, dataset stored)', cold),
  summary('warm (reload)', warm),
  ...(imported ? [summary(`warm, ${imported.toLocaleString('en')} imported`, warmImported)] : [])
]
console.log(`First screen of the web build, ${runs} runs each, Chromium headless, ${process.platform}`)
console.log('run                                FCP p50   Overview p50   Overview max')
for (const r of rows) console.log(`${r.label.padEnd(34)} ${r.fcpP50.toFixed(0).padStart(6)} ms ${r.overviewP50.toFixed(0).padStart(10)} ms ${r.overviewMax.toFixed(0).padStart(10)} ms`)
mkdirSync(resolve(root, 'bench/results'), { recursive: true })
writeFileSync(resolve(root, 'bench/results/paint.json'), JSON.stringify({ runs, imported, rows, cold, warm, warmImported }, null, 2) + '\n')

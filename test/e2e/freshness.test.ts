/**
 * A library of 1,000 imported documents stays fresh: one more import is searchable within 2 s,
 * because it goes into a small segment of its own instead of a rebuild of the whole index.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/corpus'
import { openApp, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

/** Reports of about 5 KB in a dozen paragraphs, the benchmark's text: a library whose rebuild takes seconds. */
function writeReports(dir: string, count: number, prefix: string): string[] {
  const corpus = generateCorpus(count, prefix.length)
  return corpus.docs.map((doc, i) => {
    const n = String(i + 1).padStart(4, '0')
    const path = join(dir, `${prefix}-${n}.html`)
    const paragraphs = `${doc.body} ${doc.body}`.slice(0, 4600).match(/[^.]+\.[^.]+\./g) ?? [doc.body]
    writeFileSync(
      path,
      `<!doctype html><html><head><title>${prefix} report ${n}</title></head><body><h1>${prefix} report ${n}</h1>` +
        paragraphs.map((p) => `<p>${p.trim().replace(/</g, '&lt;')}</p>`).join('') +
        `<p>Report ${n} closes with marker phrase quill${prefix}${n}.</p></body></html>`
    )
    return path
  })
}

async function importAndWait(page: Page, paths: string[], count: number): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
  await chooser.setFiles(paths)
  const dialog = page.getByRole('dialog', { name: 'Import documents' })
  await dialog.getByRole('status').filter({ hasText: `${count} imported.` }).waitFor({ timeout: 120_000 })
  await dialog.getByRole('button', { name: 'Close' }).first().click()
}

describe('search at a library of 1,000 imported documents', () => {
  it('finds a word only the next imported document holds within 2 s of its import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-fresh-'))
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await importAndWait(page, writeReports(dir, 1000, 'district'), 1000)
    // Wait until the thousand are searchable: the last one's own word finds it.
    const box = page.getByRole('searchbox', { name: 'Search' })
    await box.fill('quilldistrict1000')
    await expect.poll(() => page.locator('.result-title').first().textContent(), { timeout: 120_000, interval: 500 }).toBe('district report 1000')

    // The Sources screen lists the first 200 and says how many there are; more on request.
    await page.goto(app.url('/sources'))
    const more = page.getByText(/^Showing 200 of 1,0\d\d sources, by date\.$/)
    await more.waitFor()
    expect(await page.locator('.source-list > li').count()).toBe(200)
    const total = Number((await more.textContent())!.match(/of ([\d,]+)/)![1]!.replace(',', ''))
    await page.getByRole('button', { name: `Show ${total - 200} more` }).click()
    await expect.poll(() => page.locator('.source-list > li').count()).toBe(total)
    await page.getByRole('button', { name: 'Import documents…' }).waitFor()
    const [one] = writeReports(dir, 1, 'harbour')
    await importAndWait(page, [one!], 1)
    const imported = Date.now()
    await box.fill('quillharbour0001')
    const first = page.locator('.result-title').filter({ hasText: 'harbour report 0001' })
    await first.first().waitFor({ timeout: 10_000 })
    const ms = Date.now() - imported
    console.log(`one more import at 1,000 documents: searchable ${ms} ms after the import said it was in`)
    expect(ms).toBeLessThanOrEqual(2000)
    expect(app.problems).toEqual([])
  }, 240_000)
})

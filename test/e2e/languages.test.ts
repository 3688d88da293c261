import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const CORPUS = resolve(import.meta.dirname, '../fixtures/relevance-asean/corpus')
const page = (name: string): { name: string; mimeType: string; buffer: Buffer } => ({ name, mimeType: 'text/html', buffer: readFileSync(resolve(CORPUS, name)) })

async function importPages(p: Page, names: string[]): Promise<void> {
  await p.getByText(/^Dataset \d/).waitFor()
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Import documents…' }).click()])
  await chooser.setFiles(names.map(page))
  await p.getByRole('dialog', { name: 'Import documents' }).getByRole('status').filter({ hasText: `${names.length} imported.` }).waitFor()
  await p.keyboard.press('Escape')
}

/** Whether the bundled face for a script has been loaded and drawn: the page asked for it. */
const fontLoaded = (p: Page, family: string): Promise<boolean> =>
  p.evaluate(async (f) => {
    await document.fonts.ready
    return [...document.fonts].some((face) => face.family.replace(/["']/g, '') === f && face.status === 'loaded')
  }, family)

describe('ASEAN languages', () => {
  it.each(['light', 'dark'] as const)('finds a Thai word from the middle of a sentence and opens its passage with the word marked, in the bundled font (%s)', async (scheme) => {
    app = await openApp({ hashPath: '/sources', colorScheme: scheme })
    const p = app.page
    await importPages(p, ['mdes-adgmin5-bangkok-declaration.html', 'khmer-mptc-news.html'])
    await p.getByRole('searchbox', { name: 'Search' }).fill('โทรคมนาคม')
    const passages = p.getByRole('region', { name: /^Source passages/ })
    await expect.poll(() => passages.locator('.result-snippet mark').first().textContent(), { timeout: 30_000 }).toBe('โทรคมนาคม')
    expect(await passages.locator('.result-snippet').first().textContent()).toContain('ประเทศไทยเสนอให้ผู้ให้บริการโทรคมนาคม')
    await screenshot(p, `search-thai-${scheme}`)
    await passages.locator('.result-title').first().click()
    await p.getByRole('heading', { level: 1, name: /ADGMIN ครั้งที่ 5/ }).waitFor()
    const marked = p.locator('.reader-text mark.word-mark')
    await expect.poll(() => marked.allTextContents()).toEqual(['โทรคมนาคม'])
    expect(await p.locator('.reader-text mark.quote-mark').first().textContent()).toContain('ประเทศไทยเสนอ')
    expect(await fontLoaded(p, 'Desk Noto Sans Thai')).toBe(true)
    await screenshot(p, `reader-thai-${scheme}`)

    // Khmer, unspaced too, in its own bundled face.
    await p.getByRole('searchbox', { name: 'Search' }).fill('ទិន្នន័យ')
    await expect.poll(() => passages.locator('.result-snippet mark').first().textContent(), { timeout: 30_000 }).toBe('ទិន្នន័យ')
    expect(await fontLoaded(p, 'Desk Noto Sans Khmer')).toBe(true)
    await screenshot(p, `search-khmer-${scheme}`)
    expect(app.problems).toEqual([])
  }, 90_000)

  it('finds a Vietnamese page by a query typed without diacritics, and marks the words as written', async () => {
    app = await openApp({ hashPath: '/sources' })
    const p = app.page
    await importPages(p, ['bao-moi-adgmin6-ha-noi.html'])
    await p.getByRole('searchbox', { name: 'Search' }).fill('ket noi tri tue')
    const passages = p.getByRole('region', { name: /^Source passages/ })
    await expect.poll(() => passages.locator('.result-snippet mark').allTextContents(), { timeout: 30_000 }).toEqual(expect.arrayContaining(['Kết', 'nối', 'trí', 'tuệ']))
    expect(await passages.locator('.result-snippet').first().textContent()).toContain('Kết nối trí tuệ, cùng kiến tạo tương lai số')
    await screenshot(p, 'search-vietnamese-light')
    await passages.locator('.result-title').first().click()
    await p.getByRole('heading', { level: 1, name: 'Khai mạc Hội nghị Bộ trưởng Số ASEAN lần thứ 6 tại Hà Nội' }).waitFor()
    await expect.poll(() => p.locator('.reader-text mark.word-mark').allTextContents()).toEqual(expect.arrayContaining(['Kết', 'nối', 'trí', 'tuệ']))
    // The language found at import is recorded and shown in the source's details.
    await p.getByText('Language: vi (as the document declares it)', { exact: false }).first().waitFor({ state: 'attached' })
    expect(app.problems).toEqual([])
  }, 90_000)

  it('finds an Indonesian passage by another word of the family the text uses, and marks the word as written', async () => {
    app = await openApp({ hashPath: '/sources' })
    const p = app.page
    await importPages(p, ['antara-nota-kesepahaman-talenta.html'])
    // The text says "didukung oleh Jepang" (supported by Japan); the query asks for "dukungan" (support).
    await p.getByRole('searchbox', { name: 'Search' }).fill('dukungan Jepang')
    const passages = p.getByRole('region', { name: /^Source passages/ })
    await expect.poll(() => passages.locator('.result-snippet').first().locator('mark').allTextContents(), { timeout: 30_000 }).toEqual(['didukung', 'Jepang'])
    await screenshot(p, 'search-indonesian-light')
    await passages.locator('.result-title').first().click()
    await p.getByRole('heading', { level: 1, name: 'Indonesia dan Singapura Teken Nota Kesepahaman Talenta Digital' }).waitFor()
    await expect.poll(() => p.locator('.reader-text mark.word-mark').allTextContents()).toEqual(['didukung', 'Jepang'])
    await p.getByText('Language: id (as the document declares it)', { exact: false }).first().waitFor({ state: 'attached' })
    expect(app.problems).toEqual([])
  }, 90_000)
})

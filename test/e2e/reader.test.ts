/**
 * The reader as a researcher moves through it. A highlight made in one source stays attached when
 * the reader goes straight on to another source (a link, Back, Forward): the new page's text must
 * never be taken for the old page's.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const PASSAGE = 'ASEAN Guidelines on anti-scam policies and best practices'

describe('the reader', () => {
  it('keeps a highlight attached when the reader goes straight on to other sources and back', async () => {
    app = await openApp({ hashPath: '/sources/vjst-article-adgmin6' })
    const { page } = app
    await page.locator('.reader-text').waitFor()
    await selectInReader(page, PASSAGE)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight green' }).click()
    await page.getByRole('complementary', { name: 'Highlight' }).waitFor()
    // Straight on, as a link or the history would: several sources in a row, then Back and Forward.
    for (const id of ['sg-press-release-adgmin4', 'th-press-release-adgmin5', 'asean-sg-digital-activities']) {
      await page.goto(app.url(`/sources/${id}`))
      await page.locator('.reader-text').waitFor()
    }
    await page.goBack()
    await page.goBack()
    await page.goForward()
    await page.locator('.reader-text').waitFor()

    await page.goto(app.url('/notes'))
    const list = page.getByRole('list', { name: 'Notes and highlights' })
    const item = list.getByRole('listitem').filter({ hasText: PASSAGE })
    await item.waitFor()
    expect(await item.locator('.detached').count()).toBe(0)
    await page.goto(app.url('/sources/vjst-article-adgmin6'))
    await expect.poll(() => page.locator('.reader-text mark.hl-green').allTextContents().then((t) => t.join(''))).toBe(PASSAGE)
    expect(await page.getByRole('heading', { name: /^Detached highlights/ }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })
})

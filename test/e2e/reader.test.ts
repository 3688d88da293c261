/**
 * The reader as a researcher moves through it. A highlight made in one source stays attached when
 * the reader goes straight on to another source (a link, Back, Forward): the new page's text must
 * never be taken for the old page's.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newProfileDir, openApp, screenshot, selectInReader, type AppSession } from './app'

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

  it('returns to the place on Back, and opens a source again at the paragraph left off, also after a restart', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: '/sources' })
    let { page } = app
    const mainTop = (p: Page): Promise<number> => p.locator('main').evaluate((m) => m.scrollTop)
    /** Where paragraph `n` stands below the top of the main area, in CSS pixels. */
    const paragraphOffset = (p: Page, n: number): Promise<number> =>
      p.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top - document.getElementById('main')!.getBoundingClientRect().top, `para-${n}`)
    const openSource = async (p: Page): Promise<void> => {
      await p.getByRole('link', { name: 'Sources', exact: true }).click()
      await p.getByRole('link', { name: /^The 6th ASEAN Digital Ministers' Meeting/ }).click()
      await p.locator('.reader-text #para-20').waitFor()
    }
    await openSource(page)
    await page.evaluate(() => document.getElementById('para-20')!.scrollIntoView({ block: 'start' }))
    const reading = await mainTop(page)
    expect(reading).toBeGreaterThan(500)
    // The reading position is kept a moment after scrolling stops.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('desk.reading.vjst-article-adgmin6'))).toBe('20')

    // A new page opens at its top; Back returns to the exact place.
    await page.getByRole('link', { name: 'Meetings', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor()
    expect(await mainTop(page)).toBe(0)
    await page.goBack()
    await page.locator('.reader-text #para-20').waitFor()
    await expect.poll(() => mainTop(page)).toBeGreaterThan(reading - 4)
    expect(Math.abs((await mainTop(page)) - reading)).toBeLessThanOrEqual(4)

    // Opened afresh from the Sources list: at the paragraph left off.
    await page.getByRole('link', { name: 'Overview', exact: true }).click()
    await openSource(page)
    await expect.poll(() => paragraphOffset(page, 20)).toBeLessThan(40)
    expect(await paragraphOffset(page, 20)).toBeGreaterThan(-40)

    // And after a restart.
    await app.close()
    app = await openApp({ profileDir, hashPath: '/' })
    page = app.page
    await openSource(page)
    await expect.poll(() => paragraphOffset(page, 20)).toBeLessThan(40)
    expect(await paragraphOffset(page, 20)).toBeGreaterThan(-40)
    expect(app.problems).toEqual([])
  })

  it('finds a word with Ctrl+F, moves between the matches with Enter and Shift+Enter, and keeps one as a highlight', async () => {
    app = await openApp({ hashPath: '/sources/vjst-article-adgmin6' })
    const { page } = app
    await page.locator('.reader-text').waitFor()
    await page.locator('.reader-text').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+f')
    const bar = page.getByRole('search', { name: 'Find in this source' })
    const field = bar.getByRole('searchbox', { name: 'Find in this source' })
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Find in this source')
    await page.keyboard.type('masterplan')
    const count = bar.getByRole('status')
    await expect.poll(() => count.textContent()).toMatch(/^1 of \d+$/)
    const total = Number((await count.textContent())!.split(' of ')[1])
    expect(total).toBeGreaterThan(1)
    // Every match is marked; the one shown is the only current one, and it is in view.
    expect(await page.locator('.reader-text mark.find-match').count()).toBeGreaterThanOrEqual(total)
    await field.press('Enter')
    await expect.poll(() => count.textContent()).toBe(`2 of ${total}`)
    await screenshot(page, 'reader-find-light')
    const current = page.locator('.reader-text mark.find-current').first()
    expect((await current.textContent())!.toLowerCase()).toContain('masterplan')
    expect(await current.isVisible()).toBe(true)
    await field.press('Shift+Enter')
    await field.press('Shift+Enter')
    await expect.poll(() => count.textContent()).toBe(`${total} of ${total}`)
    // The match shown, kept as a highlight: selected in the text, then the toolbar's colour.
    await bar.getByRole('button', { name: 'Select this match' }).click()
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight yellow' }).click()
    await page.getByText('1 highlight here.').waitFor()
    expect((await page.locator('.reader-text mark[data-highlight]').first().textContent())!.toLowerCase()).toContain('masterplan')
    // A word not in the text says so; Esc closes the bar.
    await field.fill('zzqx')
    await expect.poll(() => count.textContent()).toBe('Not found')
    await field.press('Escape')
    await bar.waitFor({ state: 'detached' })
    expect(app.problems).toEqual([])
  })

  it('highlights a passage with the keyboard alone: Tab to the text, a paragraph, a sentence, a word less, a colour', async () => {
    app = await openApp({ hashPath: '/sources/vjst-article-adgmin6' })
    const { page } = app
    await page.locator('.reader-text').waitFor()
    const focused = (): Promise<string> => page.evaluate(() => (document.activeElement?.matches('.reader-text p') ? document.activeElement.textContent ?? '' : `(${document.activeElement?.tagName})`))
    // The text is one Tab stop, after the page's controls.
    let tabs = 0
    while (!(await page.evaluate(() => document.activeElement?.matches('.reader-text p') ?? false)) && tabs < 60) {
      await page.keyboard.press('Tab')
      tabs++
    }
    expect(await focused()).not.toMatch(/^\(/)
    for (let i = 0; i < 10 && !(await focused()).startsWith('From 15 to 16 January'); i++) await page.keyboard.press('ArrowDown')
    expect(await focused()).toMatch(/^From 15 to 16 January/)
    const selection = (): Promise<string> => page.evaluate(() => window.getSelection()?.toString() ?? '')
    await page.keyboard.press('s')
    await expect.poll(selection).toBe("From 15 to 16 January, 2026, the 6th ASEAN Digital Ministers' Meeting (ADGMIN 6) was held in Hanoi, Vietnam.")
    await page.keyboard.press('s')
    await expect.poll(selection).toBe('The conference concluded on the afternoon of 16 January, 2026, after approving numerous significant contents.')
    await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Shift+ArrowLeft')
    const passage = 'The conference concluded on the afternoon of 16 January, 2026, after approving numerous'
    await expect.poll(selection).toBe(passage)
    // Tab goes to the toolbar; arrows move between its colours; Enter keeps the passage in green.
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Highlight yellow')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Highlight green')
    await screenshot(page, 'reader-keyboard-selection-light')
    await page.keyboard.press('Enter')
    await page.getByText('1 highlight here.').waitFor()
    const mark = page.locator('.reader-text mark[data-highlight]')
    expect(await mark.allTextContents()).toEqual([passage])
    expect(await mark.getAttribute('class')).toContain('hl-green')
    expect(app.problems).toEqual([])
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, type AppSession } from './app'
import { seriousViolations } from './axe'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const PAGES = [
  { path: '/', heading: 'Overview', shot: null },
  { path: '/meetings', heading: 'Meetings', shot: null },
  { path: '/meetings/adgmin-4', heading: '4th ASEAN Digital Ministers Meeting', shot: 'meeting-page' },
  { path: '/initiatives', heading: 'Initiatives', shot: null },
  { path: '/initiatives/adm-2030', heading: 'ASEAN Digital Masterplan 2030', shot: 'initiative-page' },
  { path: '/partners', heading: 'Partners', shot: null },
  { path: '/partners/japan', heading: 'Japan', shot: 'partner-page' },
  { path: '/sources', heading: 'Sources', shot: null },
  { path: '/sources/vjst-article-adgmin6', heading: /The 6th ASEAN Digital Ministers' Meeting/, shot: 'reader' },
  { path: '/notes', heading: 'Notes', shot: null },
  { path: '/collections', heading: 'Collections', shot: null },
  { path: '/settings', heading: 'Settings', shot: 'settings' }
]

describe('research screens', () => {
  it('shows the Overview\'s figures on a first start only once the dataset is stored, never a library of zeros', async () => {
    app = await openApp({
      // Every figure as it first appears, recorded in the page before anything else runs.
      beforeOpen: async (page) => {
        await page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            const figures = [...document.querySelectorAll('.stat')].map((s) => s.textContent ?? '')
            if (!figures.length) return
            ;(window as unknown as { __firstFigures: string[] }).__firstFigures = figures
            observer.disconnect()
          }).observe(document, { childList: true, subtree: true })
        })
      }
    })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const first = await page.evaluate(() => (window as unknown as { __firstFigures?: string[] }).__firstFigures)
    expect(first).toEqual([expect.stringMatching(/^[1-9]\d* ?ADGMIN meetings$/), expect.stringMatching(/^[1-9]\d* ?Initiatives$/), expect.stringMatching(/^[1-9]\d* ?Partners$/), expect.stringMatching(/^[1-9]\d* ?Sources$/), expect.stringMatching(/^0 ?My notes$/)])
  })

  it.each(['light', 'dark'] as const)('pass axe-core with no serious or critical violation (%s)', async (scheme) => {
    app = await openApp({ colorScheme: scheme })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const found: string[] = []
    for (const screen of PAGES) {
      await page.goto(app.url(screen.path))
      const heading = page.getByRole('heading', { level: 1, name: screen.heading })
      await heading.waitFor()
      await page.locator('.skeleton').waitFor({ state: 'detached' })
      // The window says where the user is (title bar, history, screen readers).
      await expect.poll(() => page.title()).toBe(`${await heading.textContent()} – ASEAN Digital Desk`)
      // And says so in a polite live region, for when focus stays where the user was.
      await expect.poll(() => page.getByRole('status').filter({ hasText: / page$/ }).textContent()).toBe(`${await heading.textContent()} page`)
      for (const v of await seriousViolations(page)) found.push(`${screen.path}: ${v}`)
      if (screen.shot) await screenshot(page, `${screen.shot}-${scheme}`)
    }
    expect(found).toEqual([])
    expect(app.problems).toEqual([])
  })

  it('narrows the catalogue with combined facets, reflects them in the URL, and Back undoes them', async () => {
    app = await openApp({ hashPath: '/initiatives' })
    const { page } = app
    const subtitle = page.locator('.screen-header .subtitle')
    await subtitle.filter({ hasText: /^95 of 95 initiatives$/ }).waitFor()
    await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Work plan/ }).click()
    await subtitle.filter({ hasText: /^16 of 95/ }).waitFor()
    expect(new URL(page.url()).hash).toBe('#/initiatives?kind=work-plan')
    await page.getByRole('group', { name: 'Partner' }).getByRole('checkbox', { name: /^Japan/ }).click()
    await subtitle.filter({ hasText: /^2 of 95/ }).waitFor()
    expect(new URL(page.url()).hash).toBe('#/initiatives?kind=work-plan&partner=japan')
    const rows = page.getByRole('list', { name: 'Initiatives' }).getByRole('listitem')
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('2025 ASEAN-Japan Digital Work Plan'), expect.stringContaining('2026 ASEAN-Japan Digital Work Plan')])
    await page.getByRole('textbox', { name: 'Filter initiatives' }).fill('2026')
    await subtitle.filter({ hasText: /^1 of 95/ }).waitFor()
    await page.goto(app.url('/initiatives?kind=guideline&sort=name'))
    await subtitle.filter({ hasText: /^4 of 95/ }).waitFor()
    expect(await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Guideline/ }).isChecked()).toBe(true)
    await page.goBack()
    await subtitle.filter({ hasText: /^1 of 95/ }).waitFor()
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await subtitle.filter({ hasText: /^95 of 95/ }).waitFor()
    await screenshot(page, 'catalogue-light')
    expect(app.problems).toEqual([])
  })

  it('passes the filters by one Tab stop: from the search box to the first initiative in five keys', async () => {
    app = await openApp({ hashPath: '/initiatives' })
    const { page } = app
    await page.getByRole('list', { name: 'Initiatives' }).locator('.catalogue-row').first().waitFor()
    await page.getByRole('searchbox', { name: 'Search' }).focus()
    const skip = page.getByRole('button', { name: 'Skip the filters, to the list' })
    let tabs = 0
    while (!(await skip.evaluate((el) => el === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab')
      tabs++
    }
    expect(tabs).toBeLessThanOrEqual(4)
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    const first = page.getByRole('list', { name: 'Initiatives' }).getByRole('link').first()
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true)
    const name = (await first.textContent())!
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name }).waitFor()
  })

  it('keeps only the visible rows in the DOM with 10,000 more initiatives', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.evaluate(async () => {
      const open = indexedDB.open('asean-digital-desk')
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)))
      const tx = db.transaction('initiatives', 'readwrite')
      const store = tx.objectStore('initiatives')
      for (let i = 0; i < 10_000; i++) {
        const n = String(i).padStart(5, '0')
        store.put({
          id: `synthetic-${n}`,
          name: `Synthetic initiative ${n}`,
          acronym: null,
          aliases: [],
          kind: i % 2 ? 'project' : 'work-plan',
          themes: ['digital-economy'],
          partners: [],
          summary: 'Generated to test the catalogue at scale.',
          related: [],
          events: [],
          evidence: []
        })
      }
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    })
    await page.goto(app.url('/initiatives'))
    await page.locator('.screen-header .subtitle').filter({ hasText: '10,095 of 10,095 initiatives' }).waitFor()
    const list = page.getByRole('list', { name: 'Initiatives' })
    expect(await list.getByRole('listitem').count()).toBeLessThan(60)
    await page.locator('.virtual-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await list.getByRole('link', { name: 'Synthetic initiative 09999' }).waitFor()
    expect(await list.getByRole('listitem').count()).toBeLessThan(60)
    await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Project/ }).click()
    await page.locator('.screen-header .subtitle').filter({ hasText: '5,006 of 10,095' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('underlines known initiatives in the reader and links them', async () => {
    app = await openApp({ hashPath: '/sources/th-press-release-adgmin5' })
    const { page } = app
    const link = page.locator('.reader-text').getByRole('link', { name: 'ASEAN Digital Masterplan 2030', exact: true }).first()
    await link.click()
    await page.getByRole('heading', { level: 1, name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    const lineage = page.getByRole('list', { name: 'Events across meetings' })
    expect(await lineage.textContent()).toMatch(/ADGMIN 5.*assigned.*ADGMIN 6.*approved/s)
    const mention = page.getByRole('link', { name: /Open at this mention in The 6th ASEAN/ }).first()
    await mention.click()
    await page.locator('mark.quote-mark').filter({ hasText: /ADM 2030|ASEAN Digital Masterplan 2030/ }).first().waitFor()
    expect(app.problems).toEqual([])
  })
})

/**
 * Every main screen at a laptop's size, at 800×600 and at 200 % zoom (a 1280×820 window zoomed to
 * 200 % gives the page 640×410 CSS pixels): nothing runs off the side of the window, the reader
 * keeps a readable column, and a screenshot of each lands in test-results/screens.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, selectInReader, type AppSession } from './app'
import { seriousViolations } from './axe'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, scale: 1, scheme: 'light' },
  { name: '800x600', viewport: { width: 800, height: 600 }, scale: 1, scheme: 'dark' },
  { name: 'zoom200', viewport: { width: 640, height: 410 }, scale: 2, scheme: 'light' }
] as const

const SCREENS = [
  { path: '/', heading: 'Overview' },
  { path: '/meetings', heading: 'Meetings' },
  { path: '/meetings/adgmin-6', heading: /6th ASEAN Digital Ministers/ },
  { path: '/initiatives', heading: 'Initiatives' },
  { path: '/initiatives/adm-2030', heading: 'ASEAN Digital Masterplan 2030' },
  { path: '/partners', heading: 'Partners' },
  { path: '/sources', heading: 'Sources' },
  { path: '/sources/vjst-article-adgmin6', heading: /The 6th ASEAN Digital Ministers' Meeting/ },
  { path: '/search?q=digital%20masterplan', heading: 'Search' },
  { path: '/notes', heading: 'Notes' },
  { path: '/collections', heading: 'Collections' },
  { path: '/settings', heading: 'Settings' }
]

/** Elements whose right edge is past the window's, other than those inside a scrolling box. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (/(auto|scroll|hidden)/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1) return true
      }
      return false
    }
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right > width + 1 && !scrollsSideways(el.parentElement)) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(box.right)} > ${width}`)
    }
    if (document.documentElement.scrollWidth > width + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`)
    return out.slice(0, 8)
  })

describe('screens at every size', () => {
  it('pass axe-core in the other theme at every size too', async () => {
    const found: string[] = []
    for (const size of SIZES) {
      const scheme = size.scheme === 'light' ? 'dark' : 'light'
      app = await openApp({ viewport: size.viewport, deviceScaleFactor: size.scale, colorScheme: scheme })
      const { page } = app
      await page.getByText(/^Dataset \d/).waitFor()
      for (const screen of SCREENS) {
        await page.goto(app.url(screen.path))
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor()
        await page.locator('.skeleton').waitFor({ state: 'detached' })
        for (const v of await seriousViolations(page)) found.push(`${size.name} ${scheme} ${screen.path}: ${v}`)
      }
      expect(app.problems).toEqual([])
      await app.close()
      app = undefined
    }
    expect(found).toEqual([])
  })

  for (const size of SIZES) {
    it(`fit the window at ${size.name} and pass axe-core (${size.scheme})`, async () => {
      app = await openApp({ viewport: size.viewport, deviceScaleFactor: size.scale, colorScheme: size.scheme })
      const { page } = app
      await page.getByText(/^Dataset \d/).waitFor()
      const found: string[] = []
      for (const screen of SCREENS) {
        await page.goto(app.url(screen.path))
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor()
        await page.locator('.skeleton').waitFor({ state: 'detached' })
        for (const o of await overflowing(page)) found.push(`${screen.path}: ${o}`)
        for (const v of await seriousViolations(page)) found.push(`${screen.path}: ${v}`)
        await screenshot(page, `size-${size.name}${screen.path.replace(/[/?=%]+/g, '-').replace(/-$/, '') || '-overview'}`)
      }
      // The timeline's year labels keep a readable size: drawn at the width they are shown at.
      await page.goto(app.url('/'))
      const year = page.locator('.timeline-axis .tick-label').first()
      await year.waitFor()
      await expect.poll(() => year.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(12)

      // Where the filter column would squeeze the list, it folds behind a "Filters" button.
      await page.goto(app.url('/initiatives'))
      const filters = page.getByRole('complementary', { name: 'Filters' })
      const toggle = page.getByRole('button', { name: /^Filters/ })
      if (size.name === 'laptop') {
        await filters.waitFor()
        expect(await toggle.isVisible()).toBe(false)
      } else {
        await toggle.waitFor()
        // The list has loaded: a click before it would land on a screen about to render again.
        await page.getByRole('list', { name: 'Initiatives' }).locator('.catalogue-row').first().waitFor()
        expect(await filters.isVisible()).toBe(false)
        await toggle.click()
        // A click, not `check()`: the box is checked once the filter is in the URL and the list
        // has followed, a moment after the click, which `check()` would take for a failure.
        const workPlan = filters.getByRole('checkbox', { name: /^Work plan/ })
        await workPlan.click()
        await page.getByRole('button', { name: 'Filters (1)' }).waitFor()
        await expect.poll(() => workPlan.isChecked()).toBe(true)
        await screenshot(page, `size-${size.name}-initiatives-filters-open`)
      }

      // The reader with a highlight's panel open keeps at least 45 characters a line.
      await page.goto(app.url('/sources/vjst-article-adgmin6'))
      await page.locator('.reader-text').waitFor()
      await selectInReader(page, 'ASEAN Guidelines on anti-scam policies')
      await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight green' }).click()
      await page.getByRole('complementary', { name: 'Highlight' }).waitFor()
      const chars = await page.locator('.reader-text p').first().evaluate((p) => {
        const probe = document.createElement('span')
        probe.textContent = '0'.repeat(10)
        p.append(probe)
        const perChar = probe.getBoundingClientRect().width / 10
        probe.remove()
        return Math.floor(p.getBoundingClientRect().width / perChar)
      })
      for (const o of await overflowing(page)) found.push(`reader with panel: ${o}`)
      for (const v of await seriousViolations(page)) found.push(`reader with panel: ${v}`)
      await screenshot(page, `size-${size.name}-reader-highlight`)
      expect(found).toEqual([])
      expect(chars).toBeGreaterThanOrEqual(45)
      expect(app.problems).toEqual([])
    })
  }
})

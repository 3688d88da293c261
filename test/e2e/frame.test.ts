import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, type AppSession } from './app'
import { seriousViolations } from './axe'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const SCREENS = [
  { link: 'Overview', heading: 'Overview', path: '/' },
  { link: 'Meetings', heading: 'Meetings', path: '/meetings' },
  { link: 'Initiatives', heading: 'Initiatives', path: '/initiatives' },
  { link: 'Partners', heading: 'Partners', path: '/partners' },
  { link: 'Sources', heading: 'Sources', path: '/sources' },
  { link: 'Notes', heading: 'Notes', path: '/notes' }
]

describe('app frame', () => {
  it.each(['light', 'dark'] as const)('opens every screen from the navigation (%s theme) and saves a screenshot', async (scheme) => {
    app = await openApp({ colorScheme: scheme })
    const { page } = app
    await page.getByRole('status').filter({ hasText: /^Dataset \d/ }).waitFor()
    expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const screen of SCREENS) {
      await nav.getByRole('link', { name: screen.link, exact: true }).click()
      await page.getByRole('heading', { level: 1, name: screen.heading, exact: true }).waitFor()
      expect(new URL(page.url()).hash).toBe(`#${screen.path}`)
      await page.locator('.skeleton').waitFor({ state: 'detached' })
      await screenshot(page, `${screen.link.toLowerCase()}-${scheme}`)
    }
    expect(app.problems).toEqual([])
  })

  it('opens screens from deep links and follows back and forward', async () => {
    app = await openApp({ hashPath: '/initiatives/adm-2030' })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    await page.goto(app.url('/meetings/adgmin-6'))
    await page.getByRole('heading', { level: 1, name: "6th ASEAN Digital Ministers' Meeting" }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    await page.goForward()
    await page.getByRole('heading', { level: 1, name: "6th ASEAN Digital Ministers' Meeting" }).waitFor()
    await page.goto(app.url('/no/such/screen'))
    await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('answers the keyboard: Ctrl+K and / focus search, g-chords navigate, ? shows the shortcuts', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const search = page.getByRole('searchbox', { name: 'Search' })
    await page.keyboard.press('Control+k')
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Escape')
    await page.keyboard.press('/')
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Escape')
    await page.keyboard.press('g')
    await page.keyboard.press('m')
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor()
    await page.keyboard.press('g')
    await page.keyboard.press('i')
    await page.getByRole('heading', { level: 1, name: 'Initiatives' }).waitFor()
    await page.keyboard.press('Shift+?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    expect(await sheet.textContent()).toContain('Go to Partners')
    await screenshot(page, 'shortcuts-light')
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'hidden' })
    expect(app.problems).toEqual([])
  })

  it('runs Export… and Import documents… from the command palette, and offers Find only in a source', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    const command = palette.getByRole('combobox', { name: 'Command' })
    const options = palette.getByRole('listbox', { name: 'Commands' }).getByRole('option')

    await page.keyboard.press('Control+Shift+P')
    await palette.waitFor()
    await expect.poll(() => command.evaluate((el) => el === document.activeElement)).toBe(true)
    // Every command, each with its keys; nothing that acts on a source outside one.
    expect(await options.allTextContents()).toEqual(expect.arrayContaining(['SearchCtrl/⌘ K  or  /', 'Import documents…Ctrl/⌘ O', 'Go to Meetingsg m', 'Restore from a backup…']))
    expect(await options.allTextContents()).not.toContainEqual(expect.stringMatching(/^Find in this source/))
    await command.fill('exp')
    await screenshot(page, 'command-palette-light')
    expect(await seriousViolations(page)).toEqual([])
    expect(await options.first().textContent()).toBe('Export notes to Markdown…Ctrl/⌘ E')
    await page.keyboard.press('Enter')
    await palette.waitFor({ state: 'hidden' })
    await page.getByRole('dialog', { name: 'Export' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'hidden' })

    // Arrows choose among the matches; Enter runs the chosen one: the file picker opens.
    await page.keyboard.press('Control+Shift+P')
    await command.fill('o')
    const labels = (await options.allTextContents()).map((t) => t.replace(/(…|[a-z])(Ctrl|g |\?).*$/, '$1'))
    const steps = labels.indexOf('Import documents…')
    expect(steps).toBeGreaterThan(0)
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
    expect(await palette.getByRole('option', { selected: true }).textContent()).toBe('Import documents…Ctrl/⌘ O')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')])
    expect(chooser.isMultiple()).toBe(true)

    // In a source, Find is offered, and running it opens the find bar.
    await page.goto(app.url('/sources/vjst-article-adgmin6'))
    await page.locator('.reader-text').waitFor()
    await page.keyboard.press('Control+Shift+P')
    await command.fill('find')
    expect(await options.first().textContent()).toBe('Find in this sourceCtrl/⌘ F')
    await page.keyboard.press('Enter')
    await page.getByRole('searchbox', { name: 'Find in this source' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('reaches the navigation and the search box with Tab, with a visible focus ring', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const reached: string[] = []
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab')
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el) return null
        // The search field draws its ring on its container (:focus-within).
        const style = getComputedStyle(el.closest('.search-form') ?? el)
        return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', outline: style.outlineStyle, width: style.outlineWidth }
      })
      if (info) {
        reached.push(info.name)
        if (['Overview', 'Meetings', 'Search'].includes(info.name)) expect(info.outline, info.name).not.toBe('none')
      }
    }
    expect(reached).toEqual(expect.arrayContaining(['Skip to content', 'Overview', 'Meetings', 'Initiatives', 'Partners', 'Sources', 'Notes', 'Search', 'Theme']))
    expect(app.problems).toEqual([])
  })

  it('finds an initiative by name from the search box', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.getByRole('searchbox', { name: 'Search' }).fill('ADM2030')
    await page.getByRole('region', { name: 'Top results' }).getByRole('link', { name: 'ASEAN Digital Masterplan 2030' }).click()
    await page.getByRole('heading', { level: 1, name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    expect(app.problems).toEqual([])
  })
})

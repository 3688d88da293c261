/**
 * Every dialog, opened as a user opens it (the command palette, a picked file, a selection in the
 * reader, a menu, a button), in both themes and at a laptop's size and 800×600: axe-core finds nothing serious or
 * critical, and the dialog fits the window, its last control within reach.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, screenshot, selectInReader, type AppSession } from './app'
import { seriousViolations } from './axe'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

async function runFromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await palette.waitFor({ timeout: 5000 }).catch(async () => {
    const state = await page.evaluate(() => ({ active: document.activeElement?.outerHTML.slice(0, 200), open: [...document.querySelectorAll('dialog[open]')].map((d) => d.getAttribute('aria-label')) }))
    throw new Error(`The palette did not open for "${words}": ${JSON.stringify(state)}`)
  })
  await palette.getByRole('combobox', { name: 'Command' }).fill(words)
  await page.keyboard.press('Enter')
  await palette.waitFor({ state: 'hidden' })
}

/** Whether the open dialog lies within the window, and its last button can be scrolled to and seen. */
async function fits(page: Page, name: string): Promise<string | null> {
  const dialog = page.getByRole('dialog', { name })
  const box = await dialog.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth, height: innerHeight }
  })
  if (box.left < 0 || box.right > box.width + 0.5 || box.top < 0 || box.bottom > box.height + 0.5) return `${name}: ${JSON.stringify(box)}`
  const last = dialog.getByRole('button').last()
  await last.scrollIntoViewIfNeeded()
  return (await last.isVisible()) ? null : `${name}: its last button cannot be seen`
}

const SIZES = [
  { label: 'laptop', viewport: { width: 1366, height: 768 } },
  { label: '800x600', viewport: { width: 800, height: 600 } }
]

describe('dialogs', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      it(`pass axe-core and fit the window: ${scheme}, ${size.label}`, async () => {
        app = await openApp({ colorScheme: scheme, viewport: size.viewport, hashPath: '/sources/vjst-article-adgmin6' })
        const { page } = app
        await page.getByText(/^Dataset \d/).waitFor()
        await page.locator('.reader-text').waitFor()
        const found: string[] = []
        const check = async (name: string, close = true): Promise<void> => {
          const dialog = page.getByRole('dialog', { name })
          await dialog.waitFor()
          for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`)
          const problem = await fits(page, name)
          if (problem) found.push(problem)
          if (scheme === 'light' && size.label === '800x600') await screenshot(page, `dialog-${name.toLowerCase().replace(/\W+/g, '-')}-800x600`)
          if (close) {
            await page.keyboard.press('Escape')
            await dialog.waitFor({ state: 'hidden' })
          }
        }

        await page.keyboard.press('Control+Shift+P')
        await check('Command palette')
        for (const [words, name] of [
          ['export', 'Export'],
          ['keyboard shortcuts', 'Keyboard shortcuts'],
          ['about', 'About ASEAN Digital Desk']
        ] as const) {
          await runFromPalette(page, words)
          await check(name)
        }
        // Import: a picked file, and the dialog with its outcome.
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), runFromPalette(page, 'import')])
        await chooser.setFiles([{ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n\nDEFA talks went on in 2026.\n') }])
        await page.getByRole('dialog', { name: 'Import documents' }).getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
        await check('Import documents')
        // Restore: a file that is no backup, refused in words.
        const [restore] = await Promise.all([page.waitForEvent('filechooser'), runFromPalette(page, 'restore')])
        await restore.setFiles([{ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') }])
        await check('Restore a backup')
        // Evidence: a passage of the reader used as evidence.
        await selectInReader(page, 'The conference concluded on the afternoon of 16 January')
        await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Use as evidence for…' }).click()
        await check('Use as evidence')
        // A name asked in the app's own dialog (no window.prompt), from "Add to collection…".
        await page.getByRole('button', { name: 'Add to collection…' }).click()
        await page.getByRole('menu', { name: 'Add to collection' }).getByRole('menuitem', { name: 'New collection…' }).click()
        await check('New collection')
        // The search syntax, from the search screen.
        await page.goto(app.url('/search?q=masterplan'))
        await page.getByRole('button', { name: 'Search syntax' }).click()
        await check('Search syntax')
        expect(found).toEqual([])
        expect(app.problems).toEqual([])
      })
    }
  }
})

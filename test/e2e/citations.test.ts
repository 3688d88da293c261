import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, screenshot, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const PASSAGE = 'ASEAN Guidelines on anti-scam policies and best practices'

/** What the clipboard holds now, flavour by flavour, read as a word processor would. */
async function clipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {}
    for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text()
    return out
  })
}

describe('citations', () => {
  it('copies a highlight as a quote with its citation, as Markdown and as HTML, in the style chosen in Settings', async () => {
    app = await openApp({ hashPath: '/sources/vjst-article-adgmin6', permissions: ['clipboard-read', 'clipboard-write'] })
    const { page } = app
    await page.locator('.reader-text').waitFor()
    await selectInReader(page, 'approved the ' + PASSAGE)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight green' }).click()
    const panel = page.getByRole('complementary', { name: 'Highlight' })
    await panel.waitFor()
    await panel.getByRole('button', { name: 'Copy quote with citation' }).click()
    await page.getByText('Copied the quote with its citation (APA 7th edition).').waitFor()
    const apa = await clipboard(page)
    // Markdown: the quote, the in-text citation with the paragraph, the reference.
    expect(apa['text/plain']).toMatch(/^> approved the ASEAN Guidelines on anti-scam policies and best practices\n\n\(“The 6th ASEAN Digital Ministers’ Meeting: Opening a New Chapter in ASEAN Internal Cooperation, ASEAN and Partners,” 2026, para\. \d+\)\n\n.+\(2026, January 18\)\. \*Vietnam Journal of Science and Technology \(VJST-MOST\)\*\.\n$/)
    // HTML for a word processor: a block quote, and the outlet in italics.
    expect(apa['text/html']).toContain('<blockquote><p>approved the ASEAN Guidelines on anti-scam policies and best practices</p></blockquote>')
    expect(apa['text/html']).toContain('<i>Vietnam Journal of Science and Technology (VJST-MOST)</i>')
    await screenshot(page, 'reader-copy-citation')

    // Right-click on the highlight: a menu to copy its citation.
    await page.locator('mark.hl-green').first().click({ button: 'right' })
    const menu = page.getByRole('menu', { name: 'Cite' })
    await menu.waitFor()
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Copy quote with citation', 'Copy citation'])
    await screenshot(page, 'reader-cite-menu')
    await menu.getByRole('menuitem', { name: 'Copy citation' }).click()
    await page.getByText('Copied the citation (APA 7th edition).').waitFor()
    expect((await clipboard(page))['text/plain']).toMatch(/^\(“The 6th ASEAN Digital Ministers’ Meeting: [^)]+ 2026, para\. \d+\)\n\n.+\(2026, January 18\)/)
    await menu.waitFor({ state: 'detached' })

    // Another style, chosen in Settings, is used by the next copy.
    await page.goto(app.url('/settings'))
    await page.getByRole('combobox', { name: 'Citation style' }).selectOption({ label: 'IEEE (numeric)' })
    await page.goto(app.url('/notes'))
    await page.getByRole('group', { name: 'Cite this highlight' }).getByRole('button', { name: 'Copy quote with citation' }).click()
    await page.getByText('Copied the quote with its citation (IEEE (numeric)).').waitFor()
    const ieee = await clipboard(page)
    // Markdown escapes the brackets, so they are not read as a link.
    expect(ieee['text/plain']).toMatch(/\n\n\\\[1, Para\. \d+\\\]\n\n\\\[1\\\] “The 6th ASEAN Digital Ministers’ Meeting/)
    expect(app.problems).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { openApp, screenshot } from './app'

describe('collections', () => {
  it('gathers items, reorders them by keyboard and by drag, and removes one', async () => {
    const app = await openApp({ hashPath: '/collections' })
    const { page } = app
    await page.getByRole('textbox', { name: 'Collection name' }).fill('AI governance chapter')
    await page.getByRole('button', { name: 'Create collection' }).click()
    await page.getByRole('heading', { level: 1, name: 'AI governance chapter' }).waitFor()
    const collectionUrl = page.url()

    const pages: [string, string][] = [
      ['/initiatives/wg-ai', 'ASEAN Working Group on AI Governance'],
      ['/initiatives/declaration-asean-ai-safety-network', 'Declaration on the Establishment of an ASEAN AI Safety Network'],
      ['/meetings/adgmin-5', '5th ASEAN Digital Ministers’ Meeting']
    ]
    for (const [path, title] of pages) {
      await page.goto(app.url(path))
      // A hash change does not wait for the new page: add from its own selector, not the last page's.
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await page.getByRole('button', { name: 'Add to collection…' }).click()
      await page.getByRole('menu', { name: 'Add to collection' }).getByRole('menuitem', { name: 'AI governance chapter' }).click()
      await page.getByText('Added to the collection.').waitFor()
    }
    await page.goto(collectionUrl)
    const items = page.getByRole('list', { name: /^Items/ }).getByRole('listitem')
    const order = async () => (await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map((l) => l?.replace(/^\d+\. /, ''))
    await expect.poll(order).toEqual(['ASEAN Working Group on AI Governance', 'Declaration on the Establishment of an ASEAN AI Safety Network', '5th ASEAN Digital Ministers’ Meeting'])

    await items.nth(0).focus()
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(order).toEqual(['Declaration on the Establishment of an ASEAN AI Safety Network', 'ASEAN Working Group on AI Governance', '5th ASEAN Digital Ministers’ Meeting'])

    await items.nth(2).dragTo(items.nth(0))
    await expect.poll(order).toEqual(['5th ASEAN Digital Ministers’ Meeting', 'Declaration on the Establishment of an ASEAN AI Safety Network', 'ASEAN Working Group on AI Governance'])

    await page.getByRole('button', { name: 'Remove ASEAN Working Group on AI Governance' }).click()
    await expect.poll(order).toEqual(['5th ASEAN Digital Ministers’ Meeting', 'Declaration on the Establishment of an ASEAN AI Safety Network'])
    await page.reload()
    await expect.poll(order).toEqual(['5th ASEAN Digital Ministers’ Meeting', 'Declaration on the Establishment of an ASEAN AI Safety Network'])
    await screenshot(page, 'collection-light')
    expect(app.problems).toEqual([])
    await app.close()
  })
  it('names a new collection and confirms deletions in in-app dialogs: labelled, Esc closes, focus returns, never a native prompt', async () => {
    const app = await openApp({
      hashPath: '/initiatives/adm-2030',
      beforeOpen: async (page) => {
        await page.addInitScript(() => {
          const calls: string[] = []
          ;(window as unknown as { __nativeDialogs: string[] }).__nativeDialogs = calls
          window.prompt = () => (calls.push('prompt'), null)
          window.confirm = () => (calls.push('confirm'), false)
          window.alert = () => void calls.push('alert')
        })
      }
    })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    const picker = page.getByRole('button', { name: 'Add to collection…' })
    const menu = page.getByRole('menu', { name: 'Add to collection' })
    const hasFocus = (locator: typeof picker) => locator.evaluate((el) => el === document.activeElement)

    // Arrowing through the choices adds nothing; Escape closes the menu and returns to its button.
    await picker.focus()
    await page.keyboard.press('ArrowDown')
    await menu.waitFor()
    await expect.poll(() => hasFocus(menu.getByRole('menuitem', { name: 'New collection…' }))).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'hidden' })
    await expect.poll(() => hasFocus(picker)).toBe(true)
    expect(await page.getByText('Added to the collection.').count()).toBe(0)

    await page.keyboard.press('Enter')
    await menu.getByRole('menuitem', { name: 'New collection…' }).click()
    const naming = page.getByRole('dialog', { name: 'New collection' })
    await naming.waitFor()
    const name = naming.getByRole('textbox', { name: 'Name of the new collection' })
    await expect.poll(() => hasFocus(name)).toBe(true)
    await page.keyboard.press('Escape')
    await naming.waitFor({ state: 'hidden' })
    await expect.poll(() => hasFocus(picker)).toBe(true)

    await picker.click()
    await menu.getByRole('menuitem', { name: 'New collection…' }).click()
    await name.fill('Masterplans')
    await page.keyboard.press('Enter')
    await page.getByText('Added to the collection.').waitFor()
    await naming.waitFor({ state: 'hidden' })
    await picker.click()
    expect(await menu.getByRole('menuitem', { name: 'Masterplans' }).count()).toBe(1)
    await page.keyboard.press('Escape')

    await page.goto(app.url('/collections'))
    await page.getByRole('link', { name: 'Masterplans' }).click()
    await page.getByRole('heading', { level: 1, name: 'Masterplans' }).waitFor()
    const remove = page.getByRole('button', { name: 'Delete collection' })
    await remove.click()
    const confirming = page.getByRole('dialog', { name: 'Delete this collection?' })
    await confirming.getByText('Delete the collection “Masterplans”? Its items themselves are kept.').waitFor()
    await page.keyboard.press('Escape')
    await confirming.waitFor({ state: 'hidden' })
    await expect.poll(() => hasFocus(remove)).toBe(true)
    await page.getByRole('heading', { level: 1, name: 'Masterplans' }).waitFor()
    await remove.click()
    await confirming.getByRole('button', { name: 'Delete collection' }).click()
    await page.getByRole('heading', { level: 1, name: 'Collections' }).waitFor()
    expect(await page.getByRole('link', { name: 'Masterplans' }).count()).toBe(0)

    expect(await page.evaluate(() => (window as unknown as { __nativeDialogs: string[] }).__nativeDialogs)).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})

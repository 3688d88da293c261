import { afterEach, describe, expect, it } from 'vitest'
import { newProfileDir, openApp, selectInReader, screenshot, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})


const PASSAGE = 'ASEAN Guidelines on anti-scam policies and best practices'

describe('annotations', () => {
  it('highlights a passage with a note; both survive a reload and a browser restart, at the right place', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: '/sources/vjst-article-adgmin6' })
    let { page } = app
    await page.locator('.reader-text').waitFor()
    await selectInReader(page, 'approved the ' + PASSAGE)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight green' }).click()
    const panel = page.getByRole('complementary', { name: 'Highlight' })
    await panel.waitFor()
    await panel.getByRole('textbox', { name: 'Note' }).fill('Compare with the **ADGMIN 5** wording.')
    await panel.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await panel.getByRole('combobox', { name: 'About initiative' }).selectOption('asean-guidelines-anti-scam')
    await panel.getByRole('list', { name: 'Linked initiatives' }).getByText('ASEAN Guidelines on anti-scam policies and best practices').waitFor()
    await screenshot(page, 'reader-highlight-light')
    expect(app.problems).toEqual([])

    await page.reload()
    const mark = page.locator('mark.hl-green')
    await mark.first().waitFor()
    expect((await mark.allTextContents()).join('')).toBe('approved the ' + PASSAGE)
    await mark.first().click()
    await page.getByRole('complementary', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).waitFor()
    expect(await page.getByRole('complementary', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Compare with the **ADGMIN 5** wording.')
    await app.close()

    app = await openApp({ profileDir, hashPath: '/sources/vjst-article-adgmin6', colorScheme: 'dark' })
    page = app.page
    await page.locator('mark.hl-green').first().waitFor()
    expect((await page.locator('mark.hl-green').allTextContents()).join('')).toBe('approved the ' + PASSAGE)
    await page.locator('mark.hl-green').first().click()
    await page.getByRole('complementary', { name: 'Highlight' }).waitFor()
    await screenshot(page, 'reader-highlight-dark')
    // The linked initiative shows the highlight in its notes.
    await page.goto(app.url('/initiatives/asean-guidelines-anti-scam'))
    await page.getByRole('list', { name: /Notes on ASEAN Guidelines/ }).getByText('approved the ' + PASSAGE).waitFor()
    expect(app.problems).toEqual([])
  })

  it('adds a tagged note on an initiative and finds it on the Notes screen by tag', async () => {
    app = await openApp({ hashPath: '/initiatives/defa' })
    const { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    const note = page.getByRole('textbox', { name: 'Note' })
    await note.fill('Conclusion of DEFA was the key priority for 2025.\n\n- check 2026 status')
    await page.getByRole('combobox', { name: 'Add tag' }).fill('To Verify')
    await page.getByRole('combobox', { name: 'Add tag' }).press('Enter')
    await page.getByRole('list', { name: 'Tags' }).getByText('#to-verify').waitFor()
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    // A tag over 60 characters stays in the input with a message, never cut; one that looks the
    // same as a tag already there (a zero-width space inside) is that tag.
    const tagInput = page.getByRole('combobox', { name: 'Add tag' })
    await tagInput.fill('x'.repeat(61))
    await page.getByRole('alert').filter({ hasText: 'A tag has at most 60 characters: shorten this one to add it.' }).waitFor()
    await page.locator('.tag-count').filter({ hasText: '61/60' }).waitFor()
    await tagInput.press('Enter')
    expect(await tagInput.inputValue()).toBe('x'.repeat(61))
    await tagInput.press('Backspace')
    await page.getByRole('alert').filter({ hasText: 'at most 60 characters' }).waitFor({ state: 'detached' })
    await tagInput.fill('to-\u200Bverify')
    await tagInput.press('Enter')
    await tagInput.fill('\u202Eabc')
    await tagInput.press('Enter')
    await page.getByRole('list', { name: 'Tags' }).getByText('#abc').waitFor()
    expect(await page.getByRole('list', { name: 'Tags' }).getByRole('listitem').allTextContents()).toEqual(['#to-verify×', '#abc×'])
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.locator('.markdown li').filter({ hasText: 'check 2026 status' }).waitFor()

    await page.getByRole('link', { name: 'Notes', exact: true }).click()
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('to-verify')
    expect(new URL(page.url()).hash).toBe('#/notes?tag=to-verify')
    const list = page.getByRole('list', { name: 'Notes and highlights' })
    await list.getByText('Conclusion of DEFA was the key priority for 2025.').waitFor()
    await list.getByRole('link', { name: 'ASEAN Digital Economy Framework Agreement' }).waitFor()
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('')
    await screenshot(page, 'notes-screen-light')
    expect(app.problems).toEqual([])
  })

  it('moves a note to the Trash and brings it back with Undo and with Ctrl+Z', async () => {
    app = await openApp({ hashPath: '/meetings/adgmin-5' })
    const { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.getByRole('textbox', { name: 'Note' }).fill('Thailand chaired; theme on a secure digital future.')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await page.getByRole('button', { name: 'Done' }).click()
    const notes = page.getByRole('list', { name: /Notes on 5th ASEAN/ })
    await page.getByRole('button', { name: 'Delete note 1' }).click()
    await notes.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Undo' }).click()
    await notes.getByText('Thailand chaired').waitFor()

    await page.getByRole('button', { name: 'Delete note 1' }).click()
    await notes.waitFor({ state: 'detached' })
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await notes.getByText('Thailand chaired').waitFor()

    await page.getByRole('button', { name: 'Delete note 1' }).click()
    await page.goto(app.url('/notes?view=trash'))
    await page.getByRole('list', { name: 'Notes and highlights' }).getByText('Thailand chaired').waitFor()
    await page.getByRole('checkbox', { name: 'Select note 1' }).check()
    await page.getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('heading', { name: 'The Trash is empty' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('deletes from the Trash for good only after an in-app confirmation', async () => {
    app = await openApp({ hashPath: '/meetings/adgmin-5' })
    const { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.getByRole('textbox', { name: 'Note' }).fill('To be deleted for good.')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await page.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Delete note 1' }).click()
    await page.goto(app.url('/notes?view=trash'))
    const trash = page.getByRole('list', { name: 'Notes and highlights' })
    await trash.getByText('To be deleted for good.').waitFor()
    await page.getByRole('checkbox', { name: 'Select note 1' }).check()
    const deleteForever = page.getByRole('button', { name: 'Delete forever' })
    await deleteForever.click()
    const confirm = page.getByRole('dialog', { name: 'Delete for good?' })
    await confirm.getByText('Delete 1 item(s) for good? This cannot be undone.').waitFor()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'hidden' })
    await expect.poll(() => deleteForever.evaluate((el) => el === document.activeElement)).toBe(true)
    await trash.getByText('To be deleted for good.').waitFor()
    await deleteForever.click()
    await confirm.getByRole('button', { name: 'Delete forever' }).click()
    await page.getByRole('heading', { name: 'The Trash is empty' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('keeps what was typed before the tab closed', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: '/initiatives/wg-ai' })
    let { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    const note = page.getByRole('textbox', { name: 'Note' })
    await note.pressSequentially('ToR revised at ADGMIN 5.', { delay: 5 })
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await note.pressSequentially(' Then focal point', { delay: 5 })
    await app.close()

    app = await openApp({ profileDir, hashPath: '/initiatives/wg-ai' })
    page = app.page
    const card = page.getByRole('list', { name: /Notes on ASEAN Working Group on AI Governance/ })
    await card.waitFor()
    expect(await card.textContent()).toContain('ToR revised at ADGMIN 5.')
    await page.getByRole('button', { name: 'Edit note 1' }).click()
    await expect.poll(() => page.getByRole('textbox', { name: 'Note' }).inputValue()).toMatch(/^ToR revised at ADGMIN 5\./)
    expect(app.problems).toEqual([])
  })

  it('keeps a thousand notes on one initiative virtualised', async () => {
    app = await openApp({ hashPath: '/' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.evaluate(async () => {
      const open = indexedDB.open('asean-digital-desk')
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)))
      const tx = db.transaction('annotations', 'readwrite')
      for (let i = 0; i < 1000; i++) {
        const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
        tx.objectStore('annotations').put({ id: `bulk-${String(i).padStart(4, '0')}`, kind: 'note', targetType: 'initiative', targetId: 'adm-2030', body: `Reading note ${i}\n\nwith **two** paragraphs`, tags: i % 3 ? [] : ['bulk'], links: [], created: t, updated: t, deleted: null })
      }
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    })
    await page.goto(app.url('/initiatives/adm-2030'))
    const list = page.getByRole('list', { name: 'Notes on ASEAN Digital Masterplan 2030' })
    await list.getByText('Reading note 999', { exact: true }).waitFor()
    expect(await list.getByRole('listitem').count()).toBeLessThan(40)
    await page.locator('.notes-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await list.getByText('Reading note 0', { exact: true }).waitFor()
    expect(await list.getByRole('listitem').count()).toBeLessThan(40)
    expect(await page.getByRole('heading', { name: /Notes \(1000\)/ }).count()).toBe(1)
    expect(app.problems).toEqual([])
  })
})

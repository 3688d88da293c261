import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { newProfileDir, openApp, type AppSession } from './app'
import { killBrowser } from './crash'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const PAGE = '/initiatives/defa'

async function startNote(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add note' }).click()
  const note = page.getByRole('textbox', { name: 'Note' })
  await note.waitFor()
  return note
}

/** Relaunches on the same profile and returns the recovered text offered on the note, if any. */
async function reopenAndReadOffer(profileDir: string): Promise<{ page: Page; offer: Locator; text: string }> {
  app = await openApp({ profileDir, hashPath: PAGE })
  const { page } = app
  await page.getByRole('list', { name: /^Notes on / }).waitFor()
  const offer = page.getByRole('group', { name: 'Recovered text' })
  await offer.waitFor({ timeout: 5_000 })
  return { page, offer, text: (await offer.locator('.recovered-text').textContent()) ?? '' }
}

describe('typing survives a crash', () => {
  it('offers text typed 300 ms before a hard kill; Keep makes it the note, once', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: PAGE })
    const note = await startNote(app.page)
    const typed = 'Typed just before the crash: DEFA talks, round 12.'
    await note.pressSequentially(typed, { delay: 15 })
    await app.page.waitForTimeout(300)
    await killBrowser(app)

    const { page, offer, text } = await reopenAndReadOffer(profileDir)
    expect(text).toBe(typed)
    expect(await offer.getByText(/^Recovered text from \d{2}:\d{2}$/).count()).toBe(1)
    await offer.getByRole('button', { name: 'Keep' }).click()
    const list = page.getByRole('list', { name: /^Notes on / })
    await list.locator('.markdown').getByText(typed).waitFor()
    await expect.poll(() => offer.count()).toBe(0)
    expect(app.problems).toEqual([])
    await app.close()

    // Kept means saved: a clean restart shows the note and offers nothing.
    app = await openApp({ profileDir, hashPath: PAGE })
    await app.page.getByRole('list', { name: /^Notes on / }).locator('.markdown').getByText(typed).waitFor()
    expect(await app.page.getByRole('group', { name: 'Recovered text' }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('loses at most about the last second of continuous typing to a kill at a random moment', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: PAGE })
    const note = await startNote(app.page)
    await note.focus()
    // A steady typist, about 16 characters a second, killed somewhere in the 3rd to 5th second.
    const killAfter = 2_500 + Math.random() * 2_500
    const keys = 'Continuous typing with no pause at all, to see what a crash costs. '.repeat(4)
    const typedAt: number[] = []
    const start = Date.now()
    for (const key of keys) {
      if (Date.now() - start >= killAfter) break
      await app.page.keyboard.type(key)
      typedAt.push(Date.now())
      await app.page.waitForTimeout(Math.max(0, start + typedAt.length * 60 - Date.now()))
    }
    const killedAt = Date.now()
    await killBrowser(app)

    const { page, text } = await reopenAndReadOffer(profileDir)
    const typed = keys.slice(0, typedAt.length)
    expect(typed.startsWith(text)).toBe(true)
    // The first character lost was typed this long before the kill.
    const lostMs = text.length === typed.length ? 0 : killedAt - typedAt[text.length]!
    console.info(`killed after ${Math.round(killAfter)} ms: ${typed.length - text.length} of ${typed.length} characters lost, typed in the last ${lostMs} ms`)
    expect(lostMs).toBeLessThanOrEqual(1_250)

    // The editor offers it too, read-only until the choice; Keep there puts it in the editor.
    await page.getByRole('button', { name: 'Edit note 1' }).click()
    const editor = page.getByRole('textbox', { name: 'Note' })
    // The editor reads the draft as it opens; once it offers it, typing waits for the choice.
    await page.locator('.note-editor').getByRole('group', { name: 'Recovered text' }).waitFor()
    expect(await editor.isEditable()).toBe(false)
    await page.locator('.note-editor').getByRole('button', { name: 'Keep' }).click()
    await expect.poll(() => editor.inputValue()).toBe(text)
    expect(await editor.isEditable()).toBe(true)
    await page.getByRole('button', { name: 'Done' }).click()
    const shown = page.locator('.note-card .markdown').first()
    await expect.poll(async () => (await shown.textContent())?.trim()).toBe(text.trim())
    expect(await page.getByRole('group', { name: 'Recovered text' }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })
})

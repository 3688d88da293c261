/**
 * "Nothing lost": the report's import on a small disk. The profile lives on a 40 MB tmpfs (root
 * only: the test skips, saying so, otherwise), three notes are stored, and a batch of generated
 * pages far too large for the disk is imported. The app must refuse it in plain words before
 * writing anything, leave the disk with room, take a small batch afterwards, and keep the notes.
 */
import { appendFileSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { densePages } from '../support/densePages'
import { openApp, screenshot, smallDiskUnavailable, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const NOTES = [
  ['/initiatives/defa', 'DEFA: the first note, kept through a full disk.'],
  ['/initiatives/adm-2030', 'ADM 2030: the second note.'],
  ['/meetings/adgmin-5', 'ADGMIN 5: the third note.']
] as const

async function addNote(page: Page, url: string, body: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(body)
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
  await page.getByRole('button', { name: 'Done' }).click()
}

/** Pages written to the real disk (not the small one), picked through the app's own file input. */
async function importPages(page: Page, pages: { name: string; text: string }[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-storage-pages-'))
  const paths = pages.map((p) => {
    writeFileSync(join(dir, p.name), p.text)
    return join(dir, p.name)
  })
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
  await chooser.setFiles(paths)
}

const freeOn = (dir: string): number => {
  const stats = statfsSync(dir)
  return stats.bavail * stats.bsize
}

describe('storage on a small disk', () => {
  it('refuses an import that would not fit, in plain words, storing nothing, and keeps the notes', async (ctx) => {
    const unavailable = smallDiskUnavailable()
    ctx.skip(unavailable !== null, `skipped: ${unavailable}`)
    app = await openApp({ smallDiskMb: 40 })
    const { page } = app
    const disk = dirname(app.profileDir)
    await page.getByText(/^Dataset \d/).waitFor()
    for (const [path, body] of NOTES) await addNote(page, app.url(path), body)

    // 400 pages of 40 KB naming known records: about 16 MB of text, far more than the disk takes.
    await page.goto(app.url('/sources'))
    await page.getByText(/^Dataset \d/).waitFor()
    // The list is read after the page: count it once it is there.
    await page.locator('.source-list > li').first().waitFor()
    const sourcesBefore = await page.locator('.source-list > li').count()
    await importPages(page, densePages(400))
    const dialog = page.getByRole('dialog', { name: 'Import documents' })
    const refusal = dialog.getByRole('alert')
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.textContent()).toMatch(
      /^Not enough storage space: this import needs about \d+ MB; the browser lets this app store about \d+ MB more\. Nothing was stored and your notes are safe\. Free some disk space, or import fewer files at a time\.$/
    )
    expect(await dialog.getByRole('status').textContent()).toBe('Nothing was imported.')
    await screenshot(page, 'import-refused-small-disk')
    await dialog.getByRole('button', { name: 'Done' }).click()
    expect(await page.locator('.source-list > li').count()).toBe(sourcesBefore)
    expect(freeOn(disk)).toBeGreaterThan(20 * 1024 * 1024)

    // The guard is no blanket refusal: a small batch goes in on the same disk.
    await importPages(page, densePages(3, { prefix: 'small' }))
    await dialog.getByRole('status').filter({ hasText: '3 imported.' }).waitFor({ timeout: 30_000 })
    await dialog.getByRole('button', { name: 'Done' }).click()

    await page.reload()
    await page.goto(app.url('/notes'))
    const list = page.getByRole('list', { name: 'Notes and highlights' })
    for (const [, body] of NOTES) await list.getByText(body).waitFor()
    expect(await list.getByRole('listitem').count()).toBe(3)
    await page.goto(app.url('/sources'))
    await page.getByText(/^Dataset \d/).waitFor()
    await expect.poll(() => page.locator('.source-list > li').count()).toBe(sourcesBefore + 3)

    // Settings gives the room as the browser grants it, and says whose figure it is; the automatic
    // backup taken before the import that went in holds the three notes.
    await page.goto(app.url('/settings'))
    const backups = page.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem')
    await backups.filter({ hasText: 'before an import: 3 notes and highlights' }).first().waitFor()
    const room = page.locator('dl.facts dt', { hasText: 'Room left' }).locator('xpath=following-sibling::dd[1]')
    await expect.poll(() => room.textContent(), { timeout: 10_000 }).toMatch(/^about \d+(\.\d)? [MG]B more, as this browser allows it: the browser's quota for this site, not the disk's free space$/)
    expect(app.problems).toEqual([])
  })
})

/** Fills the disk holding `dir` to the last byte with a file of its own, as another program would. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'another-program.bin')
  for (const chunk of [1024 * 1024, 64 * 1024, 4096, 512]) {
    const zeros = Buffer.alloc(chunk)
    try {
      for (;;) appendFileSync(filler, zeros)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
    }
  }
  return filler
}

describe('a disk filled by another program', () => {
  it('says a note was not saved, in plain words, keeps every screen working, and saves again once space returns, without a restart', async (ctx) => {
    const unavailable = smallDiskUnavailable()
    ctx.skip(unavailable !== null, `skipped: ${unavailable}`)
    app = await openApp({ smallDiskMb: 40 })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await addNote(page, app.url('/initiatives/defa'), 'Written before the disk filled.')

    const filler = fillDisk(dirname(app.profileDir))
    expect(freeOn(dirname(app.profileDir))).toBeLessThan(64 * 1024)
    await page.getByRole('button', { name: 'Edit note 1' }).click()
    const note = page.getByRole('textbox', { name: 'Note' })
    await note.fill('Written while the disk was full: the ministers noted DEFA progress.')
    const alert = page.getByRole('alert').filter({ hasText: 'Your text is kept above' })
    await alert.waitFor({ timeout: 30_000 })
    // Chromium names a full disk QuotaExceededError or UnknownError, depending on where LevelDB
    // was when the room ran out; a browser page cannot read the disk's free space to tell (the
    // desktop app can, and says "The disk is full" for both).
    expect(await alert.textContent()).toMatch(/^(The disk is full|The disk could not be written to \(it may be full|Storing was interrupted before it finished).*Your text is kept above; it will be saved again when you type, or copy it now\.$/)
    expect(await alert.textContent()).not.toMatch(/QuotaExceeded|AbortError|UnknownError/)
    expect(await note.inputValue()).toBe('Written while the disk was full: the ministers noted DEFA progress.')
    await screenshot(page, 'note-not-saved-disk-full')

    // The other screens still read: no endless placeholders, no blank pages.
    await page.goto(app.url('/notes'))
    await page.getByRole('list', { name: 'Notes and highlights' }).getByText(/Written before the disk filled\.|Written while the disk was full/).first().waitFor({ timeout: 15_000 })
    await page.goto(app.url('/meetings/adgmin-5'))
    await page.getByRole('heading', { level: 1, name: /5th ASEAN Digital Ministers/ }).waitFor({ timeout: 15_000 })

    // Space returns: the text typed while the disk was full is offered back, and Keep saves it.
    rmSync(filler)
    await page.goto(app.url('/initiatives/defa'))
    await page.getByRole('button', { name: 'Edit note 1' }).click()
    const offer = page.getByRole('group', { name: 'Recovered text' })
    await offer.getByText('Written while the disk was full: the ministers noted DEFA progress.').waitFor()
    await offer.getByRole('button', { name: 'Keep' }).click()
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 30_000 })
    await page.getByRole('textbox', { name: 'Note' }).fill('Saved once the disk had room again.')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Done' }).click()
    await page.reload()
    await page.getByRole('list', { name: /^Notes on / }).getByText('Saved once the disk had room again.').waitFor()
    expect(app.problems).toEqual([])
  })
})

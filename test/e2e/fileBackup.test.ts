import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { newProfileDir, openApp, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const NOTE = 'Kept outside the database: a note on ADM 2030.'

describe('automatic backup files', () => {
  it('keeps a file backup before an import, and offers it back when the database is gone', async () => {
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: '/initiatives/adm-2030' })
    let { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.getByRole('textbox', { name: 'Note' }).fill(NOTE)
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

    // An import takes an automatic backup first, in the database and in the private file storage.
    await page.goto(app.url('/sources'))
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    await chooser.setFiles({ name: 'memo.md', mimeType: 'text/markdown', buffer: Buffer.from('# Memo\n\nA short memo.\n') })
    await page.getByRole('dialog', { name: 'Import documents' }).getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await page.goto(app.url('/settings'))
    await page.getByText("Copies as files, outside the database: 1 (the last five, at most 256 MB together), in this browser's private storage.").waitFor()
    expect(app.problems).toEqual([])
    await app.close()

    // The database is lost; the private file storage is not.
    const indexedDb = join(profileDir, 'Default', 'IndexedDB')
    expect(existsSync(indexedDb)).toBe(true)
    expect(readdirSync(indexedDb).length).toBeGreaterThan(0)
    rmSync(indexedDb, { recursive: true, force: true })

    app = await openApp({ profileDir, hashPath: '/notes' })
    page = app.page
    const offer = page.getByRole('alert').filter({ hasText: "Your notes could not be found in the app's storage." })
    await offer.getByText(/A backup from .+ with 1 notes is saved in this browser's private storage\./).waitFor()
    expect(await page.getByRole('list', { name: 'Notes and highlights' }).getByText(NOTE).count()).toBe(0)
    await offer.getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('status').filter({ hasText: /^Restored 1 notes and highlights/ }).waitFor()
    await page.getByRole('list', { name: 'Notes and highlights' }).getByText(NOTE).waitFor()
    await expect.poll(() => offer.count()).toBe(0)
    expect(app.problems).toEqual([])
  })
})

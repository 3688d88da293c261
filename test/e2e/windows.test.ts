import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const PAGE = '/initiatives/defa'
const notesOn = (page: Page) => page.getByRole('list', { name: /^Notes on / })
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

describe('two windows on one profile', () => {
  it('follow each other live, and a save over the other tab’s text offers both; Keep both keeps two notes', async () => {
    app = await openApp({ hashPath: PAGE })
    const a = app.page
    await a.getByRole('button', { name: 'Add note' }).click()
    const noteA = a.getByRole('textbox', { name: 'Note' })
    await noteA.fill('Base text.')
    await saved(a)

    const b = await app.openPage(PAGE)
    await b.getByRole('button', { name: 'Edit note 1' }).click()
    const noteB = b.getByRole('textbox', { name: 'Note' })
    await expect.poll(() => noteB.inputValue()).toBe('Base text.')

    // Not typing in B: A's save shows up there.
    await noteA.fill('Base text, edited in A.')
    await saved(a)
    await expect.poll(() => noteB.inputValue()).toBe('Base text, edited in A.')

    // Both type; A saves first (on blur), B's autosave comes after and is refused.
    await noteB.fill('Mine, typed in B.')
    await noteA.fill('Theirs, typed in A.')
    await noteA.blur()
    const conflict = b.getByRole('group', { name: 'Changed in another window' })
    await conflict.waitFor()
    expect(await conflict.getByRole('region', { name: 'Theirs' }).textContent()).toContain('Theirs, typed in A.')
    expect(await conflict.getByRole('region', { name: 'Yours' }).textContent()).toContain('Mine, typed in B.')
    await b.getByRole('status').filter({ hasText: 'Not saved: changed in another window' }).waitFor()
    // Nothing was overwritten.
    await notesOn(a).getByText('Theirs, typed in A.').waitFor()

    await conflict.getByRole('button', { name: 'Keep both' }).click()
    await conflict.waitFor({ state: 'detached' })
    expect(await noteB.inputValue()).toBe('Theirs, typed in A.')
    for (const page of [a, b]) {
      await notesOn(page).getByText('Mine, typed in B.').waitFor()
      await expect.poll(() => notesOn(page).getByRole('listitem').count()).toBe(2)
    }
    expect(app.problems).toEqual([])
  })

  it('tells the other tab when a restore replaced the data', async () => {
    app = await openApp({ hashPath: PAGE })
    const a = app.page
    await a.getByRole('button', { name: 'Add note' }).click()
    await a.getByRole('textbox', { name: 'Note' }).fill('Kept in the backup.')
    await saved(a)
    await a.goto(app.url('/settings'))
    const [file] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Back up…' }).click()])
    const backup = { name: file.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(await file.path()) }

    const b = await app.openPage(PAGE)
    await b.getByRole('button', { name: 'Edit note 1' }).click()
    await b.getByRole('textbox', { name: 'Note' }).fill('Typed in B after the backup.')
    await saved(b)

    const [chooser] = await Promise.all([a.waitForEvent('filechooser'), a.getByRole('button', { name: 'Restore…' }).click()])
    await chooser.setFiles(backup)
    const dialog = a.getByRole('dialog', { name: 'Restore a backup' })
    await dialog.getByRole('radio', { name: /Replace what is here/ }).check()
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await a.getByRole('status').filter({ hasText: /^Restored 1 notes and highlights/ }).waitFor()

    await b.getByRole('alert').filter({ hasText: 'Your notes were restored from a backup in another window' }).waitFor()
    // The restoring tab itself shows no such banner.
    expect(await a.getByText('restored from a backup in another window').count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('asks the other tab to reload when a newer version opens the database', async () => {
    app = await openApp({ hashPath: PAGE })
    const b = await app.openPage(PAGE)
    await b.getByRole('button', { name: 'Add note' }).waitFor()
    // What a newer build does on start: open the database at a higher version.
    await app.page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('asean-digital-desk', 10_000)
          request.onsuccess = () => {
            request.result.close()
            done()
          }
          request.onerror = () => fail(new Error(String(request.error)))
        })
    )
    const banner = b.getByRole('alert').filter({ hasText: 'ASEAN Digital Desk was updated in another window' })
    await banner.getByRole('button', { name: 'Reload' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('keeps text typed into a note another tab removed, as a new note', async () => {
    app = await openApp({ hashPath: PAGE })
    const a = app.page
    await a.getByRole('button', { name: 'Add note' }).click()
    await a.getByRole('textbox', { name: 'Note' }).fill('Soon gone.')
    await saved(a)
    const b = await app.openPage(PAGE)
    await b.getByRole('button', { name: 'Edit note 1' }).click()
    await b.getByRole('textbox', { name: 'Note' }).fill('Typed into a note that is about to go.')
    // Faster than B's autosave: the other tab removes every note.
    await a.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('asean-digital-desk')
          request.onsuccess = () => {
            const tx = request.result.transaction('annotations', 'readwrite')
            tx.objectStore('annotations').clear()
            tx.oncomplete = () => {
              request.result.close()
              done()
            }
            tx.onerror = () => fail(new Error(String(tx.error)))
          }
          request.onerror = () => fail(new Error(String(request.error)))
        })
    )
    await b.getByRole('status').filter({ hasText: 'your text is kept as a new note' }).waitFor()
    // The raw delete went round Dexie's cache: read the notes afresh.
    await b.reload()
    await notesOn(b).locator('.markdown').getByText('Typed into a note that is about to go.').waitFor()
    await expect.poll(() => notesOn(b).getByRole('listitem').count()).toBe(1)
    expect(app.problems).toEqual([])
  })
})

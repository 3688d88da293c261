import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('links in notes', () => {
  it('offers records after [[, opens the linked record, which lists the note as a backlink, and keeps the link through a rename', async () => {
    app = await openApp({ hashPath: '/initiatives/adm-2030' })
    const { page } = app
    await page.getByRole('button', { name: 'Add note' }).click()
    const note = page.getByRole('textbox', { name: 'Note' })
    await note.pressSequentially('Hosted by [[singap')
    const options = page.getByRole('listbox', { name: 'Link to a record' }).getByRole('option')
    await options.first().waitFor()
    expect(await options.first().textContent()).toBe('Partner Singapore')
    await screenshot(page, 'note-link-suggest')
    await note.press('Enter')
    await note.pressSequentially(' in 2024.')
    expect(await note.inputValue()).toBe('Hosted by [[party:singapore|Singapore]] in 2024.')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await page.getByRole('button', { name: 'Done' }).click()

    // The note shows the link under the record's name; it opens the record.
    const notes = page.getByRole('list', { name: /^Notes on ASEAN Digital Masterplan 2030/ })
    await notes.getByRole('link', { name: 'Singapore', exact: true }).click()
    await page.waitForURL(/#\/partners\/singapore$/)
    const backlinks = page.getByRole('list', { name: 'Notes that link here' })
    await backlinks.getByRole('link', { name: 'Hosted by Singapore in 2024.' }).waitFor()
    await screenshot(page, 'partner-backlinks')
    await backlinks.getByRole('link', { name: 'Hosted by Singapore in 2024.' }).click()
    await page.waitForURL(/#\/initiatives\/adm-2030$/)

    // The link is kept by id: renamed, the record shows under its new name, and still opens.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('asean-digital-desk')
          open.onsuccess = () => {
            const store = open.result.transaction('parties', 'readwrite').objectStore('parties')
            const get = store.get('singapore')
            get.onsuccess = () => {
              const put = store.put({ ...get.result, name: 'Republic of Singapore' })
              put.onsuccess = () => resolve()
              put.onerror = () => reject(put.error)
            }
          }
          open.onerror = () => reject(open.error)
        })
    )
    await page.reload()
    const renamed = page.getByRole('list', { name: /^Notes on ASEAN Digital Masterplan 2030/ }).getByRole('link', { name: 'Republic of Singapore', exact: true })
    await renamed.waitFor()
    expect(await renamed.getAttribute('href')).toBe('#/partners/singapore')
    expect(app.problems).toEqual([])
  })
})

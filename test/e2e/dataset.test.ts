import { describe, expect, it } from 'vitest'
import { newProfileDir, openApp } from './app'

describe('shipped dataset in the app', () => {
  it('says exactly what is wrong with a broken dataset and keeps the notes already stored', async () => {
    const profileDir = newProfileDir()
    let app = await openApp({ profileDir })
    await app.page.getByText(/^Dataset \d/).waitFor()
    // A note written by the user, then an app update that ships a broken dataset.
    await app.page.evaluate(async () => {
      const request = indexedDB.open('asean-digital-desk')
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction('annotations', 'readwrite')
      tx.objectStore('annotations').put({
        id: 'n1',
        kind: 'note',
        links: [],
        deleted: null,
        targetType: 'initiative',
        targetId: 'adm-2030',
        body: 'Check the endorsement wording.',
        tags: [],
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-01T00:00:00.000Z'
      })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    })
    await app.close()

    app = await openApp({
      profileDir,
      beforeOpen: async (page) => {
        await page.route('**/dataset/manifest.json', async (route) => {
          const body = (await (await route.fetch()).json()) as { version: string }
          await route.fulfill({ json: { ...body, version: '2099.01.0' } })
        })
        await page.route('**/dataset/meetings.json', (route) => route.fulfill({ body: '[{"id": "adgmin-1"}', contentType: 'application/json' }))
      }
    })
    const alert = app.page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/meetings\.json is not valid JSON/)
    expect(await alert.textContent()).toContain('Your own notes are untouched')
    await app.page.getByRole('link', { name: 'Notes', exact: true }).click()
    await app.page.getByText('Check the endorsement wording.').waitFor()
    await app.page.getByRole('link', { name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    expect(app.problems).toEqual([])
    await app.close()
  })
})

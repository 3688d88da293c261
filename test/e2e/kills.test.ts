/**
 * "Nothing lost" when the app is killed (SIGKILL: no unload, nothing flushed) in the middle of its
 * two largest writes: an import of 1,000 files and the restore of a backup of 500 notes. What comes
 * back must be whole: every imported document complete or absent, and the notes either all the old
 * ones or all the backup's, never a mix; importing the same files again completes the library.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackup } from '../../src/shared/backup/backup'
import type { Annotation } from '../../src/shared/model/annotation'
import { newProfileDir, openApp, type AppSession } from './app'
import { killBrowser } from './crash'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const FILES = 1000
/** A short report with a sentence only it holds, so search can tell each one apart. */
function writeReports(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-kill-import-'))
  const paths = Array.from({ length: FILES }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    const path = join(dir, `field-report-${n}.html`)
    writeFileSync(
      path,
      `<!doctype html><html><head><title>Field report ${n}</title></head><body><h1>Field report ${n}</h1>` +
        `<p>Officials in district ${n} reviewed broadband rollout under the ASEAN Digital Masterplan 2030.</p>` +
        `<p>Report ${n} closes with marker phrase quillwort${n}.</p></body></html>`
    )
    return path
  })
  return { dir, paths }
}

async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/sources'))
  await page.getByRole('button', { name: 'Import documents…' }).waitFor()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
  await chooser.setFiles(paths)
}

/** Every imported document's title on the Sources screen (the whole list: it shows 200 at first). */
async function importedTitles(page: Page): Promise<string[]> {
  const all = page.getByRole('button', { name: /^Show all / })
  if (await all.isVisible()) {
    await all.click()
    await all.waitFor({ state: 'detached' })
  }
  return page.locator('.source-list > li').filter({ has: page.locator('.badge-user') }).locator('h2 a').allTextContents()
}

describe('a hard kill in the middle of a large write', () => {
  it('during an import of 1,000 files: each document is whole or absent, and importing again completes the library', async () => {
    const { paths } = writeReports()
    const profileDir = newProfileDir()
    app = await openApp({ profileDir, hashPath: '/sources' })
    await app.page.getByText(/^Dataset \d/).waitFor()
    // A slower CPU (as on a busy laptop) keeps the import going long enough to be cut in the middle.
    const cdp = await app.page.context().newCDPSession(app.page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 })
    await importFiles(app.page, paths)
    const dialog = app.page.getByRole('dialog', { name: 'Import documents' })
    // Kill once some chunks are stored and more are on their way.
    // (Written while read, in chunks of 100: "Reading 640 of 1,000: … (300 stored)".)
    await dialog.getByRole('status').filter({ hasText: /^Storing \d{3,} of 1,000|\(\d{3,} stored\)$/ }).waitFor({ timeout: 120_000 })
    await killBrowser(app)

    app = await openApp({ profileDir, hashPath: '/sources' })
    const { page } = app
    await page.locator('.source-list > li').first().waitFor()
    const survived = await importedTitles(page)
    expect(survived.length).toBeGreaterThan(0)
    expect(survived.length).toBeLessThan(FILES)
    expect(new Set(survived).size).toBe(survived.length)
    for (const title of survived) expect(title).toMatch(/^Field report \d{4}$/)
    // The last stored document is whole: its reader shows its closing sentence, and search finds it.
    const last = survived.map((t) => t.slice(-4)).sort().at(-1)!
    await page.getByRole('link', { name: `Field report ${last}` }).click()
    await page.locator('.reader-text').getByText(`Report ${last} closes with marker phrase quillwort${last}.`).waitFor()
    await page.goto(app.url(`/search?q=quillwort${last}`))
    await page.getByRole('main').locator('.result-title', { hasText: `Field report ${last}` }).first().waitFor({ timeout: 30_000 })

    // The same 1,000 files again: what was stored is recognised, the rest is added.
    await importFiles(page, paths)
    const again = page.getByRole('dialog', { name: 'Import documents' })
    await again.getByRole('status').filter({ hasText: `${FILES - survived.length} imported, ${survived.length} already imported.` }).waitFor({ timeout: 300_000 })
    await again.getByRole('button', { name: 'Done' }).click()
    await page.reload()
    await page.locator('.source-list > li').first().waitFor()
    expect(await importedTitles(page)).toHaveLength(FILES)
    expect(app.problems).toEqual([])
  })

  it('during a restore of 500 notes: afterwards the notes are all the old ones or all the backup’s, three runs', async () => {
    const at = '2026-11-01T10:00:00.000Z'
    const note = (id: string, body: string, tag: string): Annotation => ({
      id,
      kind: 'note',
      targetType: 'initiative',
      targetId: 'adm-2030',
      body,
      tags: [tag],
      links: [],
      created: at,
      updated: at,
      deleted: null
    })
    const annotations = Array.from({ length: 500 }, (_, i) => note(`restored-${i}`, `Restored note ${i}: ${'ADM 2030 progress, '.repeat(20)}`, 'restored'))
    const backup = await createBackup({ annotations, collections: [], settings: [], importedSources: [], userInitiatives: [], userMeetings: [], corrections: [], userParties: [] }, '0.1.0', at)

    for (const delay of [0, 150, 400]) {
      const profileDir = newProfileDir()
      app = await openApp({ profileDir, hashPath: '/initiatives/defa' })
      let { page } = app
      for (const body of ['Mine one', 'Mine two', 'Mine three']) {
        await page.getByRole('button', { name: 'Add note' }).click()
        await page.getByRole('textbox', { name: 'Note' }).fill(body)
        await page.getByRole('combobox', { name: 'Add tag' }).fill('mine')
        await page.getByRole('combobox', { name: 'Add tag' }).press('Enter')
        await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
        await page.getByRole('button', { name: 'Done' }).click()
      }
      await page.goto(app.url('/settings'))
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore…' }).click()])
      await chooser.setFiles({ name: 'five-hundred.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
      const dialog = page.getByRole('dialog', { name: 'Restore a backup' })
      await dialog.getByText(/holding 500 notes and highlights/).waitFor()
      await dialog.getByText('Replace what is here').click()
      await dialog.getByRole('button', { name: 'Restore' }).click()
      if (delay) await page.waitForTimeout(delay)
      await killBrowser(app)

      app = await openApp({ profileDir, hashPath: '/notes' })
      page = app.page
      const tagChoice = page.getByRole('combobox', { name: 'Tag' })
      await page.getByRole('list', { name: 'Notes and highlights' }).waitFor()
      const tags = async (): Promise<string[]> => (await tagChoice.locator('option').allTextContents()).filter((t) => t.startsWith('#'))
      await expect.poll(tags, { timeout: 10_000 }).not.toEqual([])
      expect([['#mine (3)'], ['#restored (500)']]).toContainEqual(await tags())
      expect(app.problems).toEqual([])
      await app.close()
      app = undefined
    }
  })
})

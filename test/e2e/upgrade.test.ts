/**
 * Upgrades from every release: each fixture is the IndexedDB database an earlier build of this app
 * wrote while a researcher used it (made by test/fixtures/profiles/make.mts from that commit: a
 * tagged note, a highlight with a note, a collection, an imported document, a stored search index).
 * It is written back into a fresh profile exactly as it was, then today's app opens it, in two tabs
 * at once, and must show all of it, search it, and upgrade the dataset once.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { DB_VERSION } from '../../src/renderer/src/db/db'
import { restoreDatabase, type DatabaseDump } from '../fixtures/profiles/dump'
import { openApp, screenshot, type AppSession } from './app'

const FIXTURES = join(__dirname, '../fixtures/profiles')
const profiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json.gz'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
const readProfile = (name: string): DatabaseDump & { made: { commit: string } } => JSON.parse(gunzipSync(readFileSync(join(FIXTURES, name))).toString('utf8'))
const manifest = JSON.parse(readFileSync(join(__dirname, '../../resources/dataset/manifest.json'), 'utf8')) as { version: string; contentHash: string }
/** Whether today's app must replace the dataset this profile holds (a new version or new content). */
function datasetChanged(dump: DatabaseDump): boolean {
  const meta = new Map((dump.stores.find((s) => s.name === 'meta')?.rows ?? []).map((r) => { const row = r.value as { key: string; value: unknown }; return [row.key, row.value] }))
  return meta.get('datasetVersion') !== manifest.version || meta.get('datasetContentHash') !== manifest.contentHash
}
const storeRows = (dump: DatabaseDump, store: string): number => dump.stores.find((s) => s.name === store)?.rows.length ?? 0

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query)
  const titles = page.getByRole('main').locator('.result-title')
  await titles.first().waitFor({ timeout: 30_000 })
  return titles.allTextContents()
}

describe('upgrading a profile made by an earlier release', () => {
  it('has a profile for every schema version from 1 to today’s', () => {
    const versions = profiles.map((name) => Number(/^schema-(\d+)-/.exec(name)?.[1]))
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1))
  })

  for (const name of profiles) {
    it(`${name}: the notes, highlights, collections and imported sources are all there, and search finds them`, async () => {
      const dump = readProfile(name)
      const annotated = storeRows(dump, 'annotations') > 0
      const imported = (dump.stores.find((s) => s.name === 'sources')?.rows ?? []).some((r) => (r.value as { origin?: string }).origin === 'user')
      let second: Page | undefined
      let secondOpened: Promise<unknown> = Promise.resolve()
      const secondProblems: string[] = []
      app = await openApp({
        hashPath: '/',
        // Same origin as the app, but not the app: the old database is written before the app opens it.
        beforeOpen: async (page) => {
          // The JSON page's automatic favicon request would be a 404 the app never made.
          await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }))
          await page.goto(`${inject('baseUrl')}dataset/manifest.json`)
          await page.evaluate(restoreDatabase, dump)
          // A second window opened at the same moment as the first: the dataset upgrade must still run once.
          second = await page.context().newPage()
          second.on('pageerror', (error) => secondProblems.push(`page error: ${error.message}`))
          secondOpened = second.goto(`${inject('baseUrl')}#/`)
        }
      })
      const { page } = app
      await secondOpened
      await page.getByText(/^Dataset \d/).waitFor({ timeout: 30_000 })
      await second!.getByText(/^Dataset \d/).waitFor({ timeout: 30_000 })
      await second!.close()
      expect(secondProblems).toEqual([])

      await page.goto(app.url('/meetings'))
      await page.getByRole('link', { name: /5th ASEAN Digital Ministers/ }).first().waitFor()
      await page.goto(app.url('/search'))
      expect(await search(page, 'ADGMIN 5')).toContain('5th ASEAN Digital Ministers’ Meeting')
      await expect.poll(() => page.getByRole('alert').count()).toBe(0)

      if (annotated) {
        await page.goto(app.url('/notes'))
        const list = page.getByRole('list', { name: 'Notes and highlights' })
        await list.getByText('Upgrade check: DEFA talks were the priority for 2025.').waitFor()
        await list.getByText('Upgrade check: the highlight’s own note.').waitFor()
        await page.getByRole('combobox', { name: 'Tag' }).selectOption('to-verify')
        await list.getByText('Upgrade check: DEFA talks were the priority for 2025.').waitFor()

        await page.goto(app.url('/sources/vjst-article-adgmin6'))
        await expect.poll(() => page.locator('.reader-text mark.hl-green').allTextContents().then((t) => t.join(''))).toBe('anti-scam policies and best practices')

        await page.goto(app.url('/collections'))
        await page.getByRole('link', { name: 'Upgrade chapter' }).click()
        await page.getByRole('list', { name: /^Items/ }).getByText('ASEAN Digital Masterplan 2030').waitFor()

        await page.goto(app.url('/search'))
        expect(await search(page, 'DEFA talks priority')).toEqual(expect.arrayContaining([expect.stringMatching(/DEFA|Digital Economy Framework/)]))
        await page.getByRole('main').getByText(/Upgrade check: DEFA talks/).first().waitFor()

        // The automatic backup taken before the dataset upgrade, once for the two windows.
        await page.goto(app.url('/settings'))
        const backups = page.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem')
        if (datasetChanged(dump)) await backups.first().waitFor()
        expect(await backups.filter({ hasText: 'before the dataset upgrade' }).count()).toBe(datasetChanged(dump) ? 1 : 0)
      }
      if (imported) {
        await page.goto(app.url('/sources'))
        await page.getByRole('link', { name: 'Upgrade check brief' }).waitFor()
        await page.goto(app.url('/search'))
        expect(await search(page, 'submarine cable resilience')).toContain('Upgrade check brief')
      }
      await screenshot(page, `upgrade-${name.replace(/\.json\.gz$/, '')}`)
      expect(app.problems).toEqual([])
    })
  }
})

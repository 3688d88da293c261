import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

/** A page written for this test; its reading of the 4th ADGMIN's theme is the fixture's own, not a fact. */
const REPORT = `<!doctype html><html lang="en"><head><title>Fixture notes on the 4th ADGMIN</title>
<meta property="og:site_name" content="Test Gazette"><meta name="date" content="2024-01-20"></head><body>
<h1>Fixture notes on the 4th ADGMIN</h1>
<p>Ministers met under the theme “Fixture Reading: Trust for Every Digital Citizen” at the 4th ADGMIN.</p>
</body></html>`
const QUOTE = 'under the theme “Fixture Reading: Trust for Every Digital Citizen”'
const MINE = 'Fixture Reading: Trust for Every Digital Citizen'
const SHIPPED = 'Building an Inclusive and Trusted Digital Ecosystem'
const MEETING = '4th ASEAN Digital Ministers Meeting'

describe('corrections of shipped facts', () => {
  it('keeps a reading of a shipped theme, with evidence from an imported source, beside the shipped value, through export and a dataset upgrade', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    await chooser.setFiles({ name: 'reading.html', mimeType: 'text/html', buffer: Buffer.from(REPORT) })
    const importDialog = page.getByRole('dialog', { name: 'Import documents' })
    await importDialog.getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await importDialog.getByRole('link', { name: 'Fixture notes on the 4th ADGMIN' }).click()
    await page.locator('.reader-text').waitFor()

    await selectInReader(page, QUOTE)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Use as evidence for…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Use as evidence' })
    await dialog.getByLabel('Record').selectOption({ label: MEETING })
    await dialog.getByLabel('Field').selectOption({ label: 'Theme' })
    expect(await dialog.getByLabel('Theme').inputValue()).toBe(MINE)
    await dialog.getByText(/your reading is kept beside the dataset’s value/).waitFor()
    await dialog.getByRole('button', { name: 'Save my reading with this evidence' }).click()
    await page.getByRole('status').filter({ hasText: `Your reading of the theme of “${MEETING}” is kept beside the dataset’s, with the quote.` }).waitFor()

    // Both values show on the meeting's page; the reading is marked as the user's, with its quote.
    const checkMeeting = async (): Promise<void> => {
      await page.goto(app!.url('/meetings/adgmin-4'))
      const theme = page.locator('dl.facts dt:text-is("Theme") + dd')
      await theme.getByText(`“${SHIPPED}”`).first().waitFor()
      const mine = theme.getByRole('group', { name: 'Your reading of the theme' })
      await mine.getByText(MINE, { exact: true }).waitFor()
      await mine.getByText('Yours').waitFor()
      await mine.getByText(`“${QUOTE}”`).waitFor()
      await mine.getByRole('link', { name: 'Fixture notes on the 4th ADGMIN' }).waitFor()
    }
    await checkMeeting()
    await screenshot(page, 'correction-beside-shipped-light')

    // The meeting's Markdown export lists the reading with its quote.
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export…' }).click()])
    const md = readFileSync(await download.path(), 'utf8')
    expect(md).toContain(`- Theme: the dataset says ${SHIPPED}; I read ${MINE}, “${QUOTE}” (Fixture notes on the 4th ADGMIN)`)

    // A dataset upgrade (new content hash) replaces the dataset and keeps the correction.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('asean-digital-desk')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite')
            tx.objectStore('meta').put({ key: 'datasetContentHash', value: 'an-older-dataset' })
            tx.oncomplete = () => {
              open.result.close()
              resolve()
            }
          }
        })
    )
    await page.reload()
    await page.getByText(/^Dataset \d/).waitFor({ timeout: 30_000 })
    await page.goto(app.url('/settings'))
    await page.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem').filter({ hasText: 'before the dataset upgrade' }).first().waitFor()
    await checkMeeting()

    // "My corrections" lists it and exports the report for the dataset's editors.
    await page.getByRole('navigation').getByRole('link', { name: 'My corrections' }).click()
    const row = page.getByRole('table', { name: 'Corrections' }).getByRole('row').filter({ hasText: MINE })
    expect(await row.textContent()).toContain(SHIPPED)
    await row.getByRole('link', { name: MEETING }).waitFor()
    await screenshot(page, 'my-corrections-light')
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report for the editors' }).click()])
    const text = readFileSync(await report.path(), 'utf8')
    expect(text).toContain(`## ${MEETING} (meeting \`adgmin-4\`)`)
    expect(text).toContain(`- Theme: the dataset says ${SHIPPED}; I read ${MINE}, “${QUOTE}” (Fixture notes on the 4th ADGMIN)`)
    expect(app.problems).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { newProfileDir, openApp, screenshot, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
let second: AppSession | undefined
afterEach(async () => {
  await app?.close()
  await second?.close()
  app = undefined
  second = undefined
})

/**
 * A page written for this test about a meeting the shipped dataset lacks. Its facts are the
 * fixture's own statements, to be curated; they are not claimed as facts of the dataset.
 */
const REPORT = `<!doctype html><html lang="en"><head><title>Ministers gather in Boracay for the 3rd ADGMIN</title>
<meta property="og:site_name" content="Test Gazette"><meta name="date" content="2023-02-11"></head><body>
<h1>Ministers gather in Boracay for the 3rd ADGMIN</h1>
<p>The 3rd ADGMIN was held on 9-10 February 2023 in Boracay, Philippines, with all member states present.</p>
<p>The meeting was chaired by Secretary Ivan John E. Uy of the Department of Information and Communications Technology of the Philippines.</p>
<p>Ministers met under the theme “Fixture Theme: Digital Together for a Resilient Region”.</p>
</body></html>`

const DATES = 'held on 9-10 February 2023'
/** 9–10 Feb 2023 as British English writes a range (spaces round the dash, thin or not by ICU version). */
const FEB_9_10 = /9\s–\s10 Feb 2023/u
const PLACE = 'in Boracay, Philippines'
const CHAIR = 'chaired by Secretary Ivan John E. Uy of the Department of Information and Communications Technology of the Philippines'
const THEME = 'under the theme “Fixture Theme: Digital Together for a Resilient Region”'

/** Selects `phrase` in the reader, chooses "Use as evidence for…", picks the record and field. */
async function useAsEvidence(page: Page, phrase: string, field: string): Promise<ReturnType<Page['getByRole']>> {
  await selectInReader(page, phrase)
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Use as evidence for…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Use as evidence' })
  await dialog.getByText(`“${phrase}”`).waitFor()
  await dialog.getByLabel('Record').selectOption({ label: '3rd ADGMIN' })
  await dialog.getByLabel('Field').selectOption({ label: field })
  return dialog
}

const saveAndWait = async (page: Page, dialog: ReturnType<Page['getByRole']>, field: string): Promise<void> => {
  await dialog.getByRole('button', { name: 'Save with this evidence' }).click()
  await page.getByRole('status').filter({ hasText: `${field} of “3rd ADGMIN” set from the quote.` }).waitFor()
}

describe('curation', () => {
  it('makes the 3rd ADGMIN from a suggestion, fills its fields from quotes, and keeps it through timeline, table, export, backup and restore', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    await chooser.setFiles({ name: 'boracay.html', mimeType: 'text/html', buffer: Buffer.from(REPORT) })
    const importDialog = page.getByRole('dialog', { name: 'Import documents' })
    await importDialog.getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await importDialog.getByRole('link', { name: 'Ministers gather in Boracay for the 3rd ADGMIN' }).click()

    await page.getByRole('list', { name: 'Suggestions' }).getByRole('button', { name: 'Add “3rd ADGMIN” as a meeting' }).click()
    await page.getByRole('heading', { level: 1, name: '3rd ADGMIN' }).waitFor()
    // "Reported in" names the report the meeting was made from; it opens the reader again.
    await page.locator('dd').getByRole('link', { name: 'Ministers gather in Boracay for the 3rd ADGMIN' }).first().click()
    await page.locator('.reader-text').waitFor()

    let dialog = await useAsEvidence(page, DATES, 'Dates')
    expect(await dialog.getByLabel('First day').inputValue()).toBe('2023-02-09')
    expect(await dialog.getByLabel('Last day').inputValue()).toBe('2023-02-10')
    await screenshot(page, 'use-as-evidence-dates-light')
    await saveAndWait(page, dialog, 'Dates')

    dialog = await useAsEvidence(page, PLACE, 'Place')
    expect(await dialog.getByLabel('City').inputValue()).toBe('Boracay')
    expect(await dialog.getByLabel('Country').inputValue()).toBe('philippines')
    await saveAndWait(page, dialog, 'Place')

    dialog = await useAsEvidence(page, CHAIR, 'Chair')
    expect(await dialog.getByLabel('Person').inputValue()).toBe('Ivan John E. Uy')
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Secretary of the Department of Information and Communications Technology of the Philippines')
    expect(await dialog.getByLabel('Country').inputValue()).toBe('philippines')
    await saveAndWait(page, dialog, 'Chair')

    dialog = await useAsEvidence(page, THEME, 'Theme')
    expect(await dialog.getByLabel('Theme').inputValue()).toBe('Fixture Theme: Digital Together for a Resilient Region')
    // Bad input is refused with a reason, and nothing is stored.
    await dialog.getByLabel('Theme').fill('   ')
    await dialog.getByRole('button', { name: 'Save with this evidence' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'Give the theme.' }).waitFor()
    await dialog.getByLabel('Theme').fill('Fixture Theme: Digital Together for a Resilient Region')
    await saveAndWait(page, dialog, 'Theme')

    // The meeting's page: each value with its quote and source.
    await page.goto(app.url('/meetings'))
    const rows = page.locator('table.data-table tbody tr')
    await rows.first().waitFor()
    const names = (await rows.locator('td:first-child a').allTextContents()).filter((n) => /ADGMIN|ASEAN Digital Ministers/.test(n))
    const third = names.indexOf('3rd ADGMIN')
    expect(third).toBeGreaterThan(0)
    expect(names[third - 1]).toMatch(/^1st /)
    expect(names[third + 1]).toMatch(/^4th /)
    const row = rows.filter({ has: page.getByRole('link', { name: '3rd ADGMIN', exact: true }) })
    // The range as the locale (British English here) writes it, thin spaces round the dash.
    expect(await row.textContent()).toMatch(FEB_9_10)
    expect(await row.textContent()).toContain('Boracay, Philippines')
    await row.getByRole('link', { name: '3rd ADGMIN', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '3rd ADGMIN' }).waitFor()
    const facts = page.locator('dl.facts')
    for (const [label, value, quote] of [
      ['Dates', FEB_9_10, DATES],
      ['Place', 'Boracay, Philippines', PLACE],
      ['Chair', 'Ivan John E. Uy, Secretary of the Department of Information and Communications Technology of the Philippines, Philippines', CHAIR],
      ['Theme', '“Fixture Theme: Digital Together for a Resilient Region”', THEME]
    ] as const) {
      const dd = facts.locator(`dt:text-is("${label}") + dd`)
      if (typeof value === 'string') expect(await dd.textContent()).toContain(value)
      else expect(await dd.textContent()).toMatch(value)
      await dd.getByText(`“${quote}”`).waitFor()
      await dd.getByRole('link', { name: 'Ministers gather in Boracay for the 3rd ADGMIN' }).waitFor()
    }
    await screenshot(page, 'user-meeting-with-evidence-light')

    // Export: each value with its quote.
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export…' }).click()])
    const md = readFileSync(await download.path(), 'utf8')
    const source = '(Ministers gather in Boracay for the 3rd ADGMIN)'
    expect(md).toContain(`- Dates: 2023-02-09 to 2023-02-10, “${DATES}” ${source}`)
    expect(md).toContain(`- Place: Boracay, Philippines, “${PLACE}” ${source}`)
    expect(md).toContain(`- Chair: Ivan John E. Uy, Secretary of the Department of Information and Communications Technology of the Philippines, Philippines, “${CHAIR}” ${source}`)
    expect(md).toContain(`- Theme: Fixture Theme: Digital Together for a Resilient Region, “${THEME}” ${source}`)

    // The Overview timeline places it in 2023 with its number.
    await page.goto(app.url('/'))
    const marker = page.getByRole('link', { name: new RegExp(`^ADGMIN 3: 3rd ADGMIN, ${FEB_9_10.source}$`, 'u') })
    await marker.waitFor()
    expect(await marker.locator('text').textContent()).toBe('3')
    await screenshot(page, 'overview-with-user-meeting-light')

    // Back up, restore into a fresh profile, and find it again.
    await page.goto(app.url('/settings'))
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up…' }).click()])
    const backup = { name: file.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(await file.path()) }
    second = await openApp({ profileDir: newProfileDir(), hashPath: '/settings' })
    const fresh = second.page
    await fresh.getByText(/^Dataset \d/).waitFor()
    const [restoreChooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: 'Restore…' }).click()])
    await restoreChooser.setFiles(backup)
    const restore = fresh.getByRole('dialog', { name: 'Restore a backup' })
    await restore.getByRole('radio', { name: /Replace what is here/ }).check()
    await restore.getByRole('button', { name: 'Restore' }).click()
    await fresh.getByRole('status').filter({ hasText: /^Restored/ }).waitFor()
    await fresh.goto(second.url('/'))
    await fresh.getByRole('link', { name: new RegExp(`^ADGMIN 3: 3rd ADGMIN, ${FEB_9_10.source}$`, 'u') }).waitFor()
    await fresh.locator('.timeline-cards').getByRole('link', { name: '3rd ADGMIN', exact: true }).click()
    await fresh.getByRole('heading', { level: 1, name: '3rd ADGMIN' }).waitFor()
    await fresh.locator('dt:text-is("Chair") + dd').getByText(`“${CHAIR}”`).waitFor()
    expect(app.problems).toEqual([])
    expect(second.problems).toEqual([])
  })
})

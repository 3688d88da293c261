import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

/**
 * A page written for this test: an initiative, a meeting and a ministry the shipped dataset lacks.
 * Its statements are the fixture's own, to be curated; they are not claimed as facts.
 */
const TITLE = 'Ministers back a compact on data in Boracay'
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE}</title><meta name="date" content="2023-02-12"></head><body>
<h1>${TITLE}</h1>
<p>At the 3rd ADGMIN on 10 February 2023, the ministers adopted the Boracay Digital Compact (BDC) for cross-border data flows.</p>
<p>The compact was drafted by the Department of Information and Communications Technology (DICT) with support from Japan.</p>
<p>Some delegates already call it the Boracay Agenda.</p>
</body></html>`

const OUTCOME = 'At the 3rd ADGMIN on 10 February 2023, the ministers adopted the Boracay Digital Compact (BDC) for cross-border data flows.'

async function useAsEvidence(page: Page, phrase: string, record: string, field: string): Promise<ReturnType<Page['getByRole']>> {
  await selectInReader(page, phrase)
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Use as evidence for…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Use as evidence' })
  await dialog.getByLabel('Record').selectOption({ label: record })
  await dialog.getByLabel('Field').selectOption({ label: field })
  return dialog
}

const save = async (page: Page, dialog: ReturnType<Page['getByRole']>, message: string): Promise<void> => {
  await dialog.getByRole('button', { name: /^Save / }).click()
  await page.getByRole('status').filter({ hasText: message }).waitFor()
}

describe('curating initiatives and partners', () => {
  it('fills an initiative’s partner, outcome and other name from quotes, adds a ministry as a partner, undoes, renames, and finds it by every name', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    await chooser.setFiles({ name: 'compact.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) })
    const importDialog = page.getByRole('dialog', { name: 'Import documents' })
    await importDialog.getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await importDialog.getByRole('link', { name: TITLE }).click()
    const sourceUrl = page.url()
    const suggestions = page.getByRole('list', { name: 'Suggestions' })

    // The ministry is offered as a partner, not an initiative, and one click makes it.
    expect(await suggestions.getByRole('button', { name: /Department of Information and Communications Technology.* as an initiative/ }).count()).toBe(0)
    await suggestions.getByRole('button', { name: 'Add “Department of Information and Communications Technology” as a partner' }).click()
    await page.getByRole('heading', { level: 1, name: 'Department of Information and Communications Technology' }).waitFor()
    expect(await page.locator('.screen-subtitle, header p').first().textContent()).toContain('Government body · added by you')
    await page.getByRole('region', { name: 'History' }).getByText(`from a suggestion in “${TITLE}”`).waitFor()

    await page.goto(sourceUrl)
    await suggestions.getByRole('button', { name: 'Add “3rd ADGMIN” as a meeting' }).click()
    await page.getByRole('heading', { level: 1, name: '3rd ADGMIN' }).waitFor()
    // Its sentence states the date: the meeting has it, with that sentence as its quote.
    await page.locator('dt:text-is("Dates") + dd').getByText('10 Feb 2023').waitFor()

    await page.goto(sourceUrl)
    await suggestions.getByRole('button', { name: 'Add “Boracay Digital Compact” as an initiative' }).click()
    await page.getByRole('heading', { level: 1, name: 'Boracay Digital Compact' }).waitFor()
    await page.goto(sourceUrl)
    await page.locator('.reader-text').waitFor()

    let dialog = await useAsEvidence(page, 'with support from Japan', 'Boracay Digital Compact', 'Partner')
    expect(await dialog.getByLabel('Partner').locator('option:checked').textContent()).toBe('Japan')
    await save(page, dialog, 'Partner of “Boracay Digital Compact” set from the quote.')

    dialog = await useAsEvidence(page, OUTCOME, 'Boracay Digital Compact', 'Outcome at a meeting')
    expect(await dialog.getByLabel('Meeting').locator('option:checked').textContent()).toMatch(/3rd ADGMIN/)
    expect(await dialog.getByLabel('Date').inputValue()).toBe('2023-02-10')
    expect(await dialog.getByLabel('What was done').inputValue()).toBe('adopted')
    await dialog.getByLabel('What happened').fill('The ministers adopted the compact.')
    await save(page, dialog, 'Outcome at a meeting of “Boracay Digital Compact” set from the quote.')

    dialog = await useAsEvidence(page, 'the Boracay Agenda', 'Boracay Digital Compact', 'Another name')
    expect(await dialog.getByLabel('Another name').inputValue()).toBe('the Boracay Agenda')
    await dialog.getByLabel('Another name').fill('Boracay Agenda')
    await save(page, dialog, 'Another name of “Boracay Digital Compact” set from the quote.')

    // The initiative's page: each value with its quote and source.
    await page.locator('.reader-text').getByRole('link', { name: 'Boracay Digital Compact' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Boracay Digital Compact' }).waitFor()
    const partners = page.locator('dt:text-is("Partners") + dd')
    await partners.getByRole('link', { name: 'Japan' }).waitFor()
    await partners.getByText('“with support from Japan”').waitFor()
    const lineage = page.getByRole('list', { name: 'Events across meetings' })
    await lineage.getByRole('link', { name: /ADGMIN 3|3rd ADGMIN/ }).waitFor()
    await lineage.getByText(`“${OUTCOME}”`).waitFor()
    await page.locator('dt:text-is("Also written") + dd').getByText('Boracay Agenda', { exact: true }).waitFor()
    const history = page.getByRole('region', { name: 'History' })
    expect(await history.getByRole('listitem').count()).toBe(4)
    await screenshot(page, 'user-initiative-with-evidence-light')

    // The meeting lists it among its outcomes.
    await lineage.getByRole('link', { name: /ADGMIN 3|3rd ADGMIN/ }).click()
    await page.getByRole('region', { name: 'Adopted at this meeting' }).getByRole('link', { name: 'Boracay Digital Compact' }).waitFor()
    await page.goBack()

    // Undo the latest change: the other name goes; the history says it was undone.
    await history.getByRole('button', { name: 'Undo last change: another name' }).click()
    await page.getByRole('status').filter({ hasText: 'Undone: another name of “Boracay Digital Compact”.' }).waitFor()
    await expect.poll(() => page.locator('dt:text-is("Also written") + dd').textContent()).not.toContain('Boracay Agenda')
    await history.getByText(/undone/).waitFor()
    await screenshot(page, 'user-initiative-history-light')

    // Rename by hand: the page says it has no evidence; search finds it by the new and the old name.
    await page.getByRole('button', { name: 'Type by hand: name' }).click()
    dialog = page.getByRole('dialog', { name: 'Set a field by hand' })
    await dialog.getByLabel('Name', { exact: true }).fill('Boracay Compact on Data')
    await dialog.getByRole('button', { name: 'Save without evidence' }).click()
    await page.getByRole('heading', { level: 1, name: 'Boracay Compact on Data' }).waitFor()
    await page.locator('dt:text-is("Name") + dd').getByText('typed by you, no evidence').waitFor()
    const box = page.getByRole('searchbox', { name: 'Search' })
    for (const query of ['Boracay Compact on Data', 'Boracay Digital Compact', 'BDC']) {
      await box.fill(query)
      await expect.poll(() => page.locator('.result-title').first().textContent(), { timeout: 15_000 }).toBe('Boracay Compact on Data')
    }

    // Export: each value with its quote.
    await page.locator('.result-title').first().click()
    await page.getByRole('heading', { level: 1, name: 'Boracay Compact on Data' }).waitFor()
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export…' }).click()])
    const md = readFileSync(await download.path(), 'utf8')
    expect(md).toContain(`- Partner: Japan, “with support from Japan” (${TITLE})`)
    expect(md).toContain(`- Outcome: adopted at 3rd ADGMIN on 2023-02-10: The ministers adopted the compact, “${OUTCOME}” (${TITLE})`)
    expect(md).toContain('- Name: Boracay Compact on Data, typed by you, no evidence')
    expect(md).not.toContain('Boracay Agenda')
    expect(app.problems).toEqual([])
  })

  it('keeps a reading of a shipped initiative’s outcome, with a quote from an imported page, beside the shipped one, in My corrections and the export', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    const reading = 'At the 6th ADGMIN on 16 January 2026 the ministers endorsed the ASEAN Digital Masterplan 2030 in principle.'
    const html = `<!doctype html><html lang="en"><head><title>A second reading of ADGMIN 6</title></head><body><h1>A second reading of ADGMIN 6</h1><p>${reading}</p></body></html>`
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
    await chooser.setFiles({ name: 'second.html', mimeType: 'text/html', buffer: Buffer.from(html) })
    const importDialog = page.getByRole('dialog', { name: 'Import documents' })
    await importDialog.getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await importDialog.getByRole('link', { name: 'A second reading of ADGMIN 6' }).click()
    await page.locator('.reader-text').waitFor()
    const dialog = await useAsEvidence(page, reading, 'ASEAN Digital Masterplan 2030', 'Outcome at a meeting')
    await dialog.getByText('A record of the dataset: your reading is kept beside the dataset’s value').waitFor()
    const which = dialog.getByLabel('Which outcome')
    const approved = (await which.locator('option').allTextContents()).find((o) => /^approved at .*ADGMIN 6/.test(o))
    expect(approved).toBeTruthy()
    await which.selectOption({ label: approved! })
    expect(await dialog.getByLabel('What was done').inputValue()).toBe('endorsed')
    expect(await dialog.getByLabel('Meeting').locator('option:checked').textContent()).toMatch(/ADGMIN 6/)
    await dialog.getByLabel('What happened').fill('Endorsed in principle.')
    await dialog.getByRole('button', { name: 'Save my reading with this evidence' }).click()
    await page.getByRole('status').filter({ hasText: 'Your reading of the outcome at a meeting of “ASEAN Digital Masterplan 2030” is kept beside the dataset’s, with the quote.' }).waitFor()

    // Both show on the initiative's page: the shipped outcome, and the reading marked as the user's.
    await page.goto(app.url('/initiatives/adm-2030'))
    const lineage = page.getByRole('list', { name: 'Events across meetings' })
    const mineNote = lineage.getByRole('group', { name: 'Your reading of the outcome at a meeting' })
    await mineNote.getByText(/endorsed at ADGMIN 6 on 2026-01-16: Endorsed in principle/).waitFor()
    await mineNote.getByText(`“${reading}”`).waitFor()
    expect(await lineage.getByText('ADGMIN 6 officially approved ADM 2030.').count()).toBe(1)
    await screenshot(page, 'initiative-outcome-correction-light')

    // The meeting's outcomes show it too, under the shipped outcome.
    await page.goto(app.url('/meetings/adgmin-6'))
    const approvedList = page.getByRole('region', { name: 'Approved at this meeting' })
    await approvedList.getByRole('group', { name: 'Your reading of the outcome at a meeting' }).getByText(/endorsed at ADGMIN 6/).waitFor()

    await page.goto(app.url('/corrections'))
    const row = page.getByRole('table', { name: 'Corrections' }).getByRole('row').filter({ hasText: 'ASEAN Digital Masterplan 2030' })
    expect(await row.textContent()).toContain('Outcome at a meeting')
    expect(await row.textContent()).toMatch(/approved at ADGMIN 6 on 2026-01-16/)

    await page.goto(app.url('/initiatives/adm-2030'))
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export…' }).click()])
    const md = readFileSync(await download.path(), 'utf8')
    expect(md).toContain('## My corrections')
    expect(md).toContain(
      `- Outcome at a meeting: the dataset says approved at ADGMIN 6 on 2026-01-16: ADGMIN 6 officially approved ADM 2030; I read endorsed at ADGMIN 6 on 2026-01-16: Endorsed in principle, “${reading}” (A second reading of ADGMIN 6)`
    )
    expect(app.problems).toEqual([])
  })
})

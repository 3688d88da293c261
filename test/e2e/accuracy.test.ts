import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('every claim as its quote says it', () => {
  it('shows on the ADGMIN 4 page the Joint Guide and the ASEAN–China MOU as planned, not done', async () => {
    app = await openApp({ hashPath: '/meetings/adgmin-4' })
    const { page } = app
    const planned = page.getByRole('region', { name: 'Planned at this meeting' })
    await planned.waitFor()
    const guide = planned.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Joint Guide to ASEAN Model Contractual Clauses/ }) })
    const mou = planned.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Memorandum of Understanding between ASEAN and China/ }) })
    expect(await guide.locator('.action').textContent()).toBe('planned: to be launched')
    expect(await mou.locator('.action').textContent()).toBe('planned: to be signed')
    // Neither is listed among what the meeting did.
    expect(await page.getByRole('region', { name: /^Launched at this meeting/ }).count()).toBe(0)
    expect(await page.getByRole('region', { name: /^Signed at this meeting/ }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('names countries from their records in the Meetings table, and states what the sources do not cover', async () => {
    app = await openApp({ hashPath: '/meetings' })
    const { page } = app
    const table = page.getByRole('table')
    await table.getByRole('row').nth(3).waitFor()
    const text = (await table.textContent()) ?? ''
    expect(text).toContain('Lao PDR')
    expect(text).toContain('Viet Nam')
    expect(text).toContain('Brunei Darussalam')
    expect(text).not.toMatch(/Lao pdr|Viet nam|Brunei darussalam|Singapore, Singapore/)
    const coverage = page.getByRole('complementary', { name: 'Coverage of the shipped sources' })
    expect(await coverage.textContent()).toMatch(/ADGMIN 2 \(2022\) and ADGMIN 3 \(2023\)/)
    expect(app.problems).toEqual([])
  })

  it('finds no shipped passage for "jpg": image file names are cleaned out of the texts', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.getByRole('searchbox', { name: 'Search' }).fill('jpg')
    await page.getByRole('heading', { level: 2, name: /^Nothing matches/ }).or(page.locator('.corrected')).waitFor({ timeout: 20_000 })
    const snippets = await page.locator('.result-snippet').allTextContents()
    expect(snippets.filter((s) => /jpe?g/i.test(s))).toEqual([])
    expect(await page.getByRole('region', { name: /^Source passages/ }).locator('a[href*="#/sources/"]').count()).toBe(0)
    expect(app.problems).toEqual([])
  })
})

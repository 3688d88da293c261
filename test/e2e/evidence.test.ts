import { describe, expect, it } from 'vitest'
import { openApp, screenshot } from './app'

describe('evidence', () => {
  it('shows the ADM 2030 approval on the ADGMIN 6 page and opens the source at the quote', async () => {
    const app = await openApp({ hashPath: '/meetings/adgmin-6' })
    const { page } = app
    const approved = page.getByRole('region', { name: 'Approved at this meeting' })
    const item = approved.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'ASEAN Digital Masterplan 2030', exact: true }) })
    await item.waitFor()
    await item.getByText('Evidence').click()
    const quote = 'ADGMIN 6 officially approved the ASEAN Digital Masterplan 2030 (ADM 2030)'
    expect(await item.locator('blockquote').first().textContent()).toContain(quote)
    await screenshot(page, 'meeting-light')
    await item.getByRole('link', { name: 'Open in source' }).first().click()
    await page.getByRole('heading', { level: 1, name: /The 6th ASEAN Digital Ministers' Meeting/ }).waitFor()
    const marks = page.locator('mark.quote-mark')
    await marks.first().waitFor()
    expect((await marks.allTextContents()).join('')).toContain(quote)
    expect(await marks.first().evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })).toBe(true)
    await screenshot(page, 'source-light')
    expect(app.problems).toEqual([])
    await app.close()
  })
})

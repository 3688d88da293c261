import { describe, expect, it } from 'vitest'
import { newProfileDir, openApp } from './app'

describe('IndexedDB persistence in real Chromium', () => {
  it('keeps a choice made in the UI across a reload and a browser restart', async () => {
    const profileDir = newProfileDir()
    let app = await openApp({ profileDir, colorScheme: 'light' })
    await app.page.getByText(/^Dataset \d/).waitFor()
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe('light')
    await app.page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
    await expect.poll(() => app.page.locator('html').getAttribute('data-theme')).toBe('dark')

    await app.page.reload()
    await app.page.getByText(/^Dataset \d/).waitFor()
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await app.page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark')
    expect(app.problems).toEqual([])
    await app.close()

    app = await openApp({ profileDir, colorScheme: 'light' })
    await app.page.getByText(/^Dataset \d/).waitFor()
    await expect.poll(() => app.page.locator('html').getAttribute('data-theme')).toBe('dark')
    // The dataset was stored on the first run: the second run reads it without fetching it again.
    expect(app.requests.filter((url) => url.endsWith('/dataset/initiatives.json'))).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})

/**
 * What only the desktop app has, checked in real Electron (`npm run test:electron`): the preload
 * surface, an IPC round trip, the policy header under app://, navigation and window-open denial,
 * no request leaving the machine, and the search and pdf.js workers under app://.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/appContent'
import { openApp, type AppSession } from '../e2e/app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

type Desk = Record<string, unknown> & { appInfo: () => Promise<{ ok: boolean; value?: { platform: string } }> }

describe('the desktop shell', () => {
  it('exposes only the Desk verbs, answers over IPC, and serves app:// with the policy', async () => {
    app = await openApp()
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    expect(await page.evaluate(() => Object.keys((window as unknown as { desk: Desk }).desk).sort())).toEqual(
      ['appInfo', 'listAutomaticBackups', 'onMenuCommand', 'openFiles', 'platform', 'readAutomaticBackup', 'saveFile', 'saveFolder', 'setTheme', 'storageSpace', 'writeAutomaticBackup'].sort()
    )
    expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined'])
    expect(await page.evaluate(async () => (await (window as unknown as { desk: Desk }).desk.appInfo()).value?.platform)).toBe('electron')
    expect(await page.evaluate(async () => (await fetch('app://desk/index.html')).headers.get('content-security-policy'))).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.evaluate(async () => (await fetch('app://desk/..%2f..%2fpackage.json')).status)).toBe(404)
    expect(app.problems).toEqual([])
  })

  it('refuses navigation away, new windows, and every request off the machine', async () => {
    app = await openApp()
    const { page, electron } = app
    await page.getByText(/^Dataset \d/).waitFor()
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true)
    await page.evaluate(() => void (location.href = 'https://example.org/'))
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(page.url()).toMatch(/^app:\/\/desk\//)
    expect(electron!.windows()).toHaveLength(1)
    const offMachine = await page.evaluate(async () => fetch('https://example.org/').then(() => 'answered', (e: Error) => e.name))
    expect(offMachine).toBe('TypeError')
    expect(app.requests.filter((u) => !/^(app:\/\/desk\/|data:|blob:|devtools:)/.test(u))).toEqual(['https://example.org/'])
    app.problems.length = 0
  })

  it('runs the search worker and the pdf.js worker under app://', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.getByRole('searchbox', { name: 'Search' }).fill('ADM2030')
    await page.getByRole('region', { name: 'Top results' }).getByRole('link', { name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    const pdf = readFileSync(resolve(__dirname, '../fixtures/import/statement.pdf')).toString('base64')
    const dropped = await page.evaluateHandle((base64) => {
      const data = new DataTransfer()
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'statement.pdf', { type: 'application/pdf' }))
      return data
    }, pdf)
    await page.dispatchEvent('.app', 'dragover', { dataTransfer: dropped })
    await page.dispatchEvent('.app', 'drop', { dataTransfer: dropped })
    await page.getByRole('dialog', { name: 'Import documents' }).getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    expect(app.problems.filter((p) => !/font/i.test(p))).toEqual([])
  })
})

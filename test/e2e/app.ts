/**
 * Drives the built renderer in real Chromium with a real, persistent IndexedDB profile. Every
 * console error, page error and request to a non-local address is recorded as a problem; tests
 * end with `expect(app.problems).toEqual([])`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screens')

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface AppSession {
  page: Page
  context: BrowserContext
  profileDir: string
  problems: string[]
  requests: string[]
  url: (hashPath?: string) => string
  /** The Electron application under `npm run test:electron`, for main-process checks. */
  electron?: ElectronApplication
  /** A second tab on the same profile (same IndexedDB), its problems recorded with the first's. */
  openPage: (hashPath?: string) => Promise<Page>
  close: () => Promise<void>
}

export const newProfileDir = (): string => mkdtempSync(join(tmpdir(), 'desk-profile-'))

/** Why a small disk cannot be had here, or null when it can: mounting a tmpfs needs root. */
export function smallDiskUnavailable(): string | null {
  if (process.platform !== 'linux') return 'a small disk is a tmpfs mount, which needs Linux'
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs as the profile needs root (run the e2e tests as root to include this test)'
  // Root in a container may still lack the right to mount: try once.
  try {
    mountSmallDisk(1).unmount()
  } catch (error) {
    return `a tmpfs could not be mounted here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
  return null
}

/** A tmpfs of `megabytes` mounted on a fresh folder: a small disk for the browser profile. */
function mountSmallDisk(megabytes: number): { dir: string; unmount: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-small-disk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir])
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir])
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

const isLocal = (url: string): boolean => {
  if (/^(data|blob|about|devtools):/.test(url) || url.startsWith('app://desk/')) return true
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)
  } catch {
    return false
  }
}

export async function openApp(
  options: {
    profileDir?: string
    /** Put the profile on a tmpfs of this many megabytes (root only, see `smallDiskUnavailable`); unmounted on close. */
    smallDiskMb?: number
    colorScheme?: 'light' | 'dark'
    /** The browser's locale, which the app writes dates and numbers in; British English unless given. */
    locale?: string
    hashPath?: string
    viewport?: { width: number; height: number }
    /** Device pixels per CSS pixel: 2 with a halved viewport is the page at 200 % zoom. */
    deviceScaleFactor?: number
    /** Runs before the first navigation, e.g. to route a request. */
    beforeOpen?: (page: Page) => Promise<void>
    /** Browser permissions to grant the app, e.g. reading the clipboard a copy wrote. */
    permissions?: string[]
  } = {}
): Promise<AppSession> {
  const baseUrl = inject('baseUrl')
  const disk = options.smallDiskMb ? mountSmallDisk(options.smallDiskMb) : null
  const profileDir = disk ? join(disk.dir, 'profile') : (options.profileDir ?? newProfileDir())
  const electron = inject('target') === 'electron' ? await launchElectron(profileDir, options.colorScheme ?? 'light') : undefined
  const context = electron
    ? electron.context()
    : await chromium
    .launchPersistentContext(profileDir, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: ARGS,
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-GB',
      viewport: options.viewport ?? { width: 1280, height: 820 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      acceptDownloads: true,
      ...(options.permissions ? { permissions: options.permissions } : {})
    })
    .catch((error: unknown) => {
      disk?.unmount()
      throw error
    })
  const problems: string[] = []
  const requests: string[] = []
  context.on('request', (request) => {
    requests.push(request.url())
    if (!isLocal(request.url())) problems.push(`request to a non-local address: ${request.url()}`)
  })
  const watch = (page: Page): Page => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    return page
  }
  const page = watch(electron ? await electron.firstWindow() : (context.pages()[0] ?? (await context.newPage())))
  const url = (hashPath = '/'): string => `${baseUrl}#${hashPath}`
  const openPage = async (hashPath = '/'): Promise<Page> => {
    const second = watch(await context.newPage())
    await second.goto(url(hashPath))
    return second
  }
  await options.beforeOpen?.(page)
  await page.goto(url(options.hashPath ?? '/'))
  const close = async (): Promise<void> => {
    await (electron ? electron.close() : context.close())
    disk?.unmount()
  }
  return { page, context, profileDir, problems, requests, url, openPage, close, ...(electron ? { electron } : {}) }
}

/** The built app in Electron on a fresh profile (`DESK_USER_DATA_DIR`, read only when unpackaged). */
async function launchElectron(profileDir: string, colorScheme: 'light' | 'dark'): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: inject('electronPath'),
    args: [resolve(__dirname, '../../out/main/index.js'), '--no-sandbox', '--disable-gpu'],
    env: { ...process.env, DESK_USER_DATA_DIR: profileDir, ELECTRON_ENABLE_LOGGING: '1' },
    colorScheme
  })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false })
}

export { selectInReader } from './selectInReader'

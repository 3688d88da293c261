/**
 * The main window and its security policy. `webPreferences` stays an inline literal inside
 * `new BrowserWindow({...})` so security linters can read it.
 */
import { join } from 'node:path'
import { promises as fs } from 'node:fs'
import { BrowserWindow, app, nativeTheme, screen, shell, type WebContents } from 'electron'
import { APP_ORIGIN, originOf } from './protocol'
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState, type WindowState } from './windowState'

const BACKGROUND = { dark: '#14171c', light: '#f7f7f5' }

/** Links the user clicked may open in the system browser only for these protocols. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'mailto:'
  } catch {
    return false
  }
}

/** Navigation inside the window is allowed only within the app's own origin (or the dev server). */
export function isAppNavigation(url: string, devServerUrl: string | undefined): boolean {
  const origin = originOf(url)
  return origin !== null && (origin === APP_ORIGIN || (devServerUrl !== undefined && origin === originOf(devServerUrl)))
}

/** How long after a click or Enter a new-window request still counts as the user's doing. */
export const USER_ACTIVATION_MS = 1000

const ACTIVATING = new Set(['mouseUp', 'gestureTap', 'touchEnd'])

/**
 * Watches the input Electron delivers to `contents` (a script cannot fake it): `consume()` is
 * true once per click or Enter within `USER_ACTIVATION_MS`, so a page cannot open links on its
 * own, nor several for one click.
 */
export function watchUserActivation(contents: Pick<WebContents, 'on'>, now: () => number = Date.now): { consume: () => boolean } {
  let last = Number.NEGATIVE_INFINITY
  contents.on('input-event', (_event, input) => {
    if (ACTIVATING.has(input.type) || (input.type === 'keyDown' && (input as { key?: string }).key === 'Enter')) last = now()
  })
  return {
    consume() {
      const fresh = now() - last <= USER_ACTIVATION_MS
      last = Number.NEGATIVE_INFINITY
      return fresh
    }
  }
}

/**
 * Denies new windows, foreign navigation, webviews and every permission request for `contents`.
 * A link the user activated (a click or Enter just before, a plain link: no window features, no
 * form post) to https or mailto opens in the system browser; `window.open` by script does not.
 */
export function hardenWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  const activation = watchUserActivation(contents)
  contents.setWindowOpenHandler(({ url, features, postBody }) => {
    const plainLink = !features && !postBody
    if (isSafeExternalUrl(url) && plainLink && activation.consume()) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isAppNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
}

const stateFile = (): string => join(app.getPath('userData'), 'window-state.json')

async function loadWindowState(): Promise<WindowState> {
  try {
    const saved = parseWindowState(JSON.parse(await fs.readFile(stateFile(), 'utf8')))
    return fitToDisplays(saved, screen.getAllDisplays().map((d) => d.workArea))
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

function rememberWindowState(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined
  const save = (): void => {
    if (window.isDestroyed()) return
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    void fs.writeFile(stateFile(), JSON.stringify(state)).catch(() => undefined)
  }
  const later = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, 400)
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('close', () => {
    clearTimeout(timer)
    save()
  })
}

/** Opens the window; its web contents are hardened by the `web-contents-created` hook in index.ts. */
export async function createMainWindow(entryUrl: string): Promise<BrowserWindow> {
  const state = await loadWindowState()
  const { x, y, width, height } = state.bounds
  const window = new BrowserWindow({
    ...(x >= 0 && y >= 0 ? { x, y } : {}),
    width,
    height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'ASEAN Digital Desk',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  rememberWindowState(window)
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  await window.loadURL(entryUrl)
  return window
}

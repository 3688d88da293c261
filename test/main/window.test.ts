import { describe, expect, it, vi } from 'vitest'
import { BrowserWindow, shell, type WebContents } from 'electron'
import { USER_ACTIVATION_MS, createMainWindow, hardenWebContents, isAppNavigation, isSafeExternalUrl } from '../../src/main/window'

type Listener = (...args: unknown[]) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string; features: string; disposition: string }) => { action: string }) | undefined
  let permissionHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
  let permissionCheck: (() => boolean) | undefined
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    on: (event: string, fn: Listener) => listeners.set(event, fn),
    session: {
      setPermissionRequestHandler: (h: typeof permissionHandler) => (permissionHandler = h),
      setPermissionCheckHandler: (h: typeof permissionCheck) => (permissionCheck = h)
    }
  }
  return {
    contents: contents as unknown as WebContents,
    navigate(event: string, url: string) {
      const preventDefault = vi.fn()
      listeners.get(event)?.({ preventDefault }, url)
      return preventDefault.mock.calls.length > 0
    },
    open: (url: string, features = '') => openHandler?.({ url, features, disposition: 'foreground-tab' }),
    input: (type: string, key?: string) => listeners.get('input-event')?.({}, { type, key }),
    permission(name: string) {
      let granted: boolean | undefined
      permissionHandler?.({}, name, (g) => (granted = g))
      return granted
    },
    check: () => permissionCheck?.(),
    listeners
  }
}

describe('window security', () => {
  it('denies navigation away from the app and allows it inside', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, undefined)
    expect(fake.navigate('will-navigate', 'https://evil.example/phish')).toBe(true)
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fake.navigate('will-redirect', 'http://127.0.0.1:9999/')).toBe(true)
    expect(fake.navigate('will-navigate', 'app://desk/index.html#/meetings')).toBe(false)
  })

  it('allows the dev server origin only when one is configured', () => {
    expect(isAppNavigation('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true)
    expect(isAppNavigation('http://localhost:5173/#/x', undefined)).toBe(false)
  })

  it('denies every new window and opens only https and mailto links the user activated', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, undefined)
    const openExternal = vi.mocked(shell.openExternal)
    openExternal.mockClear()
    fake.input('mouseUp')
    expect(fake.open('https://asean.org/')).toEqual({ action: 'deny' })
    fake.input('mouseUp')
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    fake.input('mouseUp')
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    fake.input('keyDown', 'Enter')
    expect(fake.open('mailto:desk@example.org')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://asean.org/', 'mailto:desk@example.org'])
    expect(isSafeExternalUrl('http://insecure.example/')).toBe(false)
    expect(isSafeExternalUrl('not a url')).toBe(false)
  })

  it('opens nothing a script asks for: no click before, one link per click, no popup features', () => {
    vi.useFakeTimers()
    try {
      const fake = fakeContents()
      hardenWebContents(fake.contents, undefined)
      const openExternal = vi.mocked(shell.openExternal)
      openExternal.mockClear()
      expect(fake.open('https://evil.example/no-click')).toEqual({ action: 'deny' })
      fake.input('keyDown', 'a')
      fake.input('mouseMove')
      expect(fake.open('https://evil.example/typing')).toEqual({ action: 'deny' })
      fake.input('mouseUp')
      fake.open('https://asean.org/clicked')
      fake.open('https://evil.example/second-for-one-click')
      fake.input('mouseUp')
      fake.open('https://evil.example/popup', 'width=200,height=200')
      fake.input('mouseUp')
      vi.advanceTimersByTime(USER_ACTIVATION_MS + 1)
      fake.open('https://evil.example/later')
      expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://asean.org/clicked'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('denies every permission request and webview', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, undefined)
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(fake.permission(p)).toBe(false)
    expect(fake.check()).toBe(false)
    expect(fake.navigate('will-attach-webview', '')).toBe(true)
  })

  it('creates the window with the secure webPreferences and shows it only when ready', async () => {
    let options: Record<string, unknown> = {}
    const once = vi.fn()
    vi.mocked(BrowserWindow).mockImplementation(function (this: unknown, o: unknown) {
      options = o as Record<string, unknown>
      return { on: vi.fn(), once, loadURL: vi.fn(async () => undefined), show: vi.fn(), maximize: vi.fn() }
    } as never)
    await createMainWindow('app://desk/index.html')
    expect(options['show']).toBe(false)
    expect(options['backgroundColor']).toMatch(/^#[0-9a-f]{6}$/)
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    })
    expect(String((options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
  })
})

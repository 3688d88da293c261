/** A minimal stand-in for the parts of Electron the main process uses. */
import { vi } from 'vitest'

export const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>()

export const dialogMock = {
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn()
}

/** What the app last put on the clipboard, flavour by flavour. */
export const clipboardMock = { written: [] as Record<string, unknown>[] }

export const electronMock = {
  app: {
    getName: () => 'ASEAN Digital Desk',
    getVersion: () => '0.0.0-test',
    getPath: () => '/tmp',
    getAppPath: () => '/app',
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve())
  },
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, fn) },
  dialog: dialogMock,
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
  clipboard: { write: vi.fn(async (items: { flavours: Record<string, unknown> }[]) => void clipboardMock.written.push(...items.map((i) => i.flavours))) },
  ClipboardItem: class {
    constructor(readonly flavours: Record<string, unknown>) {}
  },
  shell: { openExternal: vi.fn(async () => undefined) },
  BrowserWindow: Object.assign(vi.fn(), { fromWebContents: () => null, getAllWindows: () => [] }),
  screen: { getAllDisplays: () => [] },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn(), getApplicationMenu: vi.fn((): { getMenuItemById: (id: string) => { checked: boolean } | null } | null => null) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } }
}

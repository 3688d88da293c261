/** Application lifecycle: single instance, protocol, IPC, menu and the one main window. */
import { join } from 'node:path'
import { BrowserWindow, Menu, app, protocol, session } from 'electron'
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/ipc'
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, originOf, serveAppProtocol } from './protocol'
import { createMainWindow, hardenWebContents } from './window'
import { buildMenuTemplate } from './menu'
import { registerIpcHandlers } from './ipc/register'
import { enforceOffline } from './offline'
import { isFromAppFrame } from './ipc/guard'

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

// `npm run test:electron` gives each test a fresh profile; a packaged app never reads this.
const testProfile = !app.isPackaged ? process.env['DESK_USER_DATA_DIR'] : undefined
if (testProfile) app.setPath('userData', testProfile)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

let mainWindow: BrowserWindow | undefined

function roots() {
  return {
    renderer: join(__dirname, '../renderer'),
    dataset: app.isPackaged ? join(process.resourcesPath, 'dataset') : join(app.getAppPath(), 'resources/dataset')
  }
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command)
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow(devServerUrl ?? APP_ENTRY)
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl))

  void app.whenReady().then(async () => {
    serveAppProtocol(protocol, roots)
    const devOrigins = devServerUrl ? [originOf(devServerUrl) ?? ''] : []
    enforceOffline(session.defaultSession, devOrigins)
    session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false))
    const allowedOrigins = [APP_ORIGIN, ...devOrigins]
    registerIpcHandlers({
      isTrustedSender: (event) => isFromAppFrame(event, () => mainWindow?.webContents.id, allowedOrigins),
      dataLocation: () => join(app.getPath('userData'), 'IndexedDB'),
      dataFolder: () => app.getPath('userData')
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendMenuCommand, process.platform === 'darwin')))
    await openMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

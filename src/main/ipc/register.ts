import { join } from 'node:path'
import { app, clipboard, ClipboardItem, ipcMain, Menu, nativeTheme } from 'electron'
import type { DeskChannel, DeskChannels } from '@shared/ipc'
import {
  clipboardContent,
  openFilesRequest,
  readAutomaticBackupRequest,
  writeAutomaticBackupRequest,
  saveFileRequest,
  saveFolderRequest,
  themeSource,
  voidArgs
} from '@shared/schemas'
import type { ZodType } from 'zod'
import { guardHandler, type ChannelHandler, type SenderCheck } from './guard'
import { openFiles, saveFile, saveFolder } from './files'
import { diskSpace } from './storage'
import { listAutomaticBackups, readAutomaticBackup, writeAutomaticBackup } from './backups'

export interface IpcContext {
  isTrustedSender: SenderCheck
  dataLocation: () => string
  /** The folder whose disk holds the app's data (Electron's `userData`). */
  dataFolder: () => string
}

/** Registers every channel of `DeskChannels`; the record type makes a missing channel a compile error. */
export function registerIpcHandlers(context: IpcContext): void {
  const backups = (): string => join(context.dataFolder(), 'backups')
  const handlers: { [C in DeskChannel]: [ZodType<DeskChannels[C]['args']>, ChannelHandler<C>] } = {
    'file:save': [saveFileRequest, saveFile],
    'file:saveFolder': [saveFolderRequest, saveFolder],
    'file:open': [openFilesRequest, openFiles],
    'app:info': [
      voidArgs,
      async () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: 'electron' as const,
        dataLocation: context.dataLocation()
      })
    ],
    'app:setTheme': [
      themeSource,
      async (source) => {
        nativeTheme.themeSource = source
        // The View → Theme radio follows a choice made in the window (or restored at start).
        const item = Menu.getApplicationMenu()?.getMenuItemById(`theme:${source}`)
        if (item) item.checked = true
        return source
      }
    ],
    'storage:free': [voidArgs, () => diskSpace(context.dataFolder())],
    'backup:writeAutomatic': [writeAutomaticBackupRequest, ({ created, content }) => writeAutomaticBackup(backups(), created, content)],
    'backup:listAutomatic': [voidArgs, () => listAutomaticBackups(backups())],
    'backup:readAutomatic': [readAutomaticBackupRequest, ({ name }) => readAutomaticBackup(backups(), name)],
    'clipboard:write': [
      clipboardContent,
      async ({ text, html }) => {
        await clipboard.write([new ClipboardItem(html === undefined ? { 'text/plain': text } : { 'text/plain': text, 'text/html': html })])
        return true as const
      }
    ]
  }
  for (const channel of Object.keys(handlers) as DeskChannel[]) {
    const [schema, handler] = handlers[channel] as [ZodType<unknown>, ChannelHandler<DeskChannel>]
    ipcMain.handle(channel, guardHandler(channel, schema as never, handler, context.isTrustedSender))
  }
}

import { ipcRenderer } from 'electron'
import { MENU_COMMANDS, MENU_COMMAND_EVENT, type Desk, type DeskChannel, type DeskChannels, type MenuCommand } from '@shared/ipc'
import type { Result } from '@shared/result'

function invoke<C extends DeskChannel>(channel: C, args: DeskChannels[C]['args']): Promise<Result<DeskChannels[C]['result']>> {
  return ipcRenderer.invoke(channel, args) as Promise<Result<DeskChannels[C]['result']>>
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)

/** One verb per channel; the renderer never sees `ipcRenderer` itself. */
export const desk: Desk = {
  platform: 'electron',
  saveFile: (request) => invoke('file:save', request),
  saveFolder: (request) => invoke('file:saveFolder', request),
  openFiles: (request) => invoke('file:open', request),
  appInfo: () => invoke('app:info', undefined),
  setTheme: (source) => invoke('app:setTheme', source),
  storageSpace: () => invoke('storage:free', undefined),
  writeAutomaticBackup: (created, content) => invoke('backup:writeAutomatic', { created, content }),
  listAutomaticBackups: () => invoke('backup:listAutomatic', undefined),
  readAutomaticBackup: (name) => invoke('backup:readAutomatic', { name }),
  copy: (content) => invoke('clipboard:write', content),
  onMenuCommand(listener) {
    const relay = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_EVENT, relay)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, relay)
    }
  }
}

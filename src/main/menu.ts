import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc'

/**
 * The application menu. Items that act on the user's data send a `MenuCommand` to the renderer,
 * which owns the data and runs the same action as the in-app button or shortcut.
 */
export function buildMenuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id)
  })
  const theme = (label: string, id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label,
    type: 'radio',
    checked: id === 'theme:system',
    click: () => send(id)
  })
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('Import Documents…', 'import', 'CmdOrCtrl+O'),
        command('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Back Up…', 'backup', 'CmdOrCtrl+Shift+B'),
        command('Restore…', 'restore'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        command('Search', 'search', 'CmdOrCtrl+K'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [theme('Follow System', 'theme:system'), theme('Light', 'theme:light'), theme('Dark', 'theme:dark')]
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'reload' },
        { role: 'toggleDevTools' }
      ]
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'), command('About ASEAN Digital Desk', 'about')]
    }
  ]
}

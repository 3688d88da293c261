import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, type MenuCommand, type MenuPlace } from '@shared/commands'

/**
 * The application menu. Its commands, their wording and accelerators come from the one table of
 * commands (`@shared/commands`); this file only places Electron's own roles around them. Items
 * that act on the user's data send a `MenuCommand` to the renderer, which owns the data and runs
 * the same action as the in-app button, shortcut or command palette.
 */
export function buildMenuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  /** The registry's items for one menu, a separator wherever their group changes. */
  const items = (menu: MenuPlace['in']): MenuItemConstructorOptions[] => {
    const out: MenuItemConstructorOptions[] = []
    let group: number | null = null
    for (const command of COMMANDS) {
      if (!('menu' in command) || command.menu.in !== menu) continue
      if (group !== null && command.menu.group !== group) out.push({ type: 'separator' })
      group = command.menu.group
      const id = command.id as MenuCommand
      out.push(
        menu === 'theme'
          ? { id, label: command.menu.label, type: 'radio', checked: id === 'theme:system', click: () => send(id) }
          : { label: command.menu.label, ...('accelerator' in command ? { accelerator: command.accelerator } : {}), click: () => send(id) }
      )
    }
    return out
  }
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [...items('file'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...items('view'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Theme', submenu: items('theme') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'reload' },
        { role: 'toggleDevTools' }
      ]
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: items('help') }
  ]
}

import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../src/main/menu'

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])

describe('application menu', () => {
  it('has the File, Edit, View and Help items with accelerators, each sending its command', () => {
    const send = vi.fn()
    const items = flatten(buildMenuTemplate(send, false))
    const byLabel = (label: string) => items.find((i) => i.label === label)
    expect(byLabel('Import Documents…')?.accelerator).toBe('CmdOrCtrl+O')
    expect(byLabel('Export…')?.accelerator).toBe('CmdOrCtrl+E')
    expect(byLabel('Back Up…')).toBeDefined()
    expect(byLabel('Restore…')).toBeDefined()
    expect(items.some((i) => i.role === 'editMenu')).toBe(true)
    expect(items.some((i) => i.role === 'zoomIn')).toBe(true)
    for (const [label, command] of [
      ['Import Documents…', 'import'],
      ['Dark', 'theme:dark'],
      ['Keyboard Shortcuts', 'shortcuts'],
      ['About ASEAN Digital Desk', 'about']
    ] as const) {
      const click = byLabel(label)?.click as unknown as () => void
      click()
      expect(send).toHaveBeenLastCalledWith(command)
    }
  })
})

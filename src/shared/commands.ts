/**
 * Every command of the app, once. The Electron menu (`src/main/menu.ts`), the keyboard shortcuts
 * (`app/shortcuts.ts`), the shortcut sheet and the command palette are all made from this table,
 * so none of them can offer a command, a name or a key the others do not know.
 */

/** Where a command sits in the Electron menu; `group` changes put a separator between items. */
export interface MenuPlace {
  in: 'file' | 'view' | 'theme' | 'help'
  /** The menu's own wording (title case, as platform menus are). */
  label: string
  group: number
}

export interface CommandSpec {
  id: string
  /** The name the palette and the shortcut sheet show. */
  label: string
  /** Other words the palette finds it by. */
  keywords?: string
  /** The keys as the sheet and the palette show them. */
  keys?: string
  /** More on the keys, for the shortcut sheet only. */
  hint?: string
  /** The Electron accelerator, when the menu item has one. */
  accelerator?: string
  menu?: MenuPlace
  /**
   * Where the command acts, when only there: the palette does not offer it elsewhere (Find needs
   * an open source, the list keys a list).
   */
  context?: 'source' | 'list' | 'dialog'
  /** Keys listed on the sheet that the palette cannot run (moving through a list, Esc). */
  keysOnly?: true
}

const go = (key: string, label: string, path: string) => ({ id: `go:${path}`, label: `Go to ${label}`, keys: `g ${key}`, keywords: label }) as const

export const COMMANDS = [
  { id: 'palette', label: 'Command palette', keywords: 'commands actions run', keys: 'Ctrl/⌘ Shift P', accelerator: 'CmdOrCtrl+Shift+P', menu: { in: 'view', label: 'Command Palette…', group: 1 } },
  { id: 'search', label: 'Search', keywords: 'find everything', keys: 'Ctrl/⌘ K  or  /', accelerator: 'CmdOrCtrl+K', menu: { in: 'view', label: 'Search', group: 1 } },
  { id: 'results', label: 'Move through search results, open one', keys: '↓  /  ↑, Enter', context: 'list', keysOnly: true },
  go('o', 'Overview', '/'),
  go('m', 'Meetings', '/meetings'),
  go('i', 'Initiatives', '/initiatives'),
  go('p', 'Partners', '/partners'),
  go('s', 'Sources', '/sources'),
  go('n', 'Notes', '/notes'),
  go('c', 'Collections', '/collections'),
  { id: 'go:/settings', label: 'Go to Settings', keywords: 'preferences options' },
  { id: 'shortcuts', label: 'Show keyboard shortcuts', keywords: 'keys help', keys: '?', accelerator: 'CmdOrCtrl+/', menu: { in: 'help', label: 'Keyboard Shortcuts', group: 1 } },
  { id: 'undo', label: 'Undo the last delete', keywords: 'restore trash', keys: 'Ctrl/⌘ Z', hint: 'outside a text field' },
  { id: 'paragraphs', label: 'Move between the paragraphs of a source', keys: '↓  /  ↑', hint: 'Tab reaches the text', context: 'source', keysOnly: true },
  { id: 'select', label: 'Select the paragraph / its first or next sentence', keys: 'Enter  /  s', context: 'source', keysOnly: true },
  { id: 'extend', label: 'Make the selection a word / a sentence longer or shorter', keys: 'Shift ← →  /  Shift ↑ ↓', context: 'source', keysOnly: true },
  { id: 'toolbar', label: 'Go to the highlight toolbar', keys: 'Tab', hint: 'with a selection; ← → move between its buttons, Esc goes back', context: 'source', keysOnly: true },
  { id: 'highlight', label: 'Highlight the selected text and write a note (in a source)', keys: 'h', context: 'source', keysOnly: true },
  { id: 'copy-citation', label: 'Copy the citation of this source, or of the selected passage', keywords: 'cite reference clipboard bibliography', keys: 'Ctrl/⌘ Shift C', hint: 'in the style chosen in Settings', context: 'source' },
  { id: 'copy-quote', label: 'Copy the selected quote with its citation', keywords: 'cite reference clipboard', keys: 'Ctrl/⌘ Alt C', context: 'source' },
  { id: 'find', label: 'Find in this source', keywords: 'search text match', keys: 'Ctrl/⌘ F', hint: 'Enter: next, Shift+Enter: previous', context: 'source' },
  { id: 'import', label: 'Import documents…', keywords: 'open add files html pdf markdown', keys: 'Ctrl/⌘ O', accelerator: 'CmdOrCtrl+O', menu: { in: 'file', label: 'Import Documents…', group: 1 } },
  { id: 'export', label: 'Export notes to Markdown…', keywords: 'obsidian vault save', keys: 'Ctrl/⌘ E', accelerator: 'CmdOrCtrl+E', menu: { in: 'file', label: 'Export…', group: 1 } },
  { id: 'backup', label: 'Back up your notes to a file…', keywords: 'save copy', keys: 'Ctrl/⌘ Shift B', accelerator: 'CmdOrCtrl+Shift+B', menu: { in: 'file', label: 'Back Up…', group: 2 } },
  { id: 'restore', label: 'Restore from a backup…', keywords: 'open backup', menu: { in: 'file', label: 'Restore…', group: 2 } },
  { id: 'theme:system', label: 'Theme: follow the system', keywords: 'appearance', menu: { in: 'theme', label: 'Follow System', group: 1 } },
  { id: 'theme:light', label: 'Theme: light', keywords: 'appearance', menu: { in: 'theme', label: 'Light', group: 1 } },
  { id: 'theme:dark', label: 'Theme: dark', keywords: 'appearance night', menu: { in: 'theme', label: 'Dark', group: 1 } },
  { id: 'about', label: 'About ASEAN Digital Desk', keywords: 'version', menu: { in: 'help', label: 'About ASEAN Digital Desk', group: 1 } },
  { id: 'history', label: 'Back / forward', keys: 'Alt ←  /  Alt →', keysOnly: true },
  { id: 'close', label: 'Close a dialog or leave the search box', keys: 'Esc', context: 'dialog', keysOnly: true }
] as const satisfies readonly CommandSpec[]

export type CommandId = (typeof COMMANDS)[number]['id']

/** The commands the Electron menu sends to the renderer. */
export type MenuCommand = Extract<(typeof COMMANDS)[number], { menu: MenuPlace }>['id']
export const MENU_COMMANDS = COMMANDS.filter((c): c is Extract<(typeof COMMANDS)[number], { menu: MenuPlace }> => 'menu' in c).map((c) => c.id) as [MenuCommand, ...MenuCommand[]]

export const commandById = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]))

/** The screens the `g x` chords go to, by their second key. */
export const SCREEN_CHORDS: Record<string, string> = Object.fromEntries(
  COMMANDS.flatMap((c) => ('keys' in c && c.id.startsWith('go:') && c.keys.startsWith('g ') ? [[c.keys.slice(2), c.id.slice(3)]] : []))
)

/**
 * The palette's choices among `offered` (the commands that can run now), best match first: every
 * word typed must begin a word of the label or the keywords. Keys-only entries are never offered.
 */
export function paletteMatches(query: string, offered: readonly CommandSpec[]): CommandSpec[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const choices = offered.filter((c) => !c.keysOnly && c.id !== 'palette')
  if (!words.length) return choices
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const scored: { command: CommandSpec; score: number }[] = []
  for (const command of choices) {
    const label = wordsOf(command.label)
    const all = [...label, ...wordsOf(command.keywords ?? '')]
    if (!words.every((w) => all.some((h) => h.startsWith(w)))) continue
    // Words found in the label itself, and a label that begins with the first, rank first.
    const inLabel = words.filter((w) => label.some((h) => h.startsWith(w))).length
    scored.push({ command, score: inLabel * 2 + (label[0]?.startsWith(words[0]!) ? 1 : 0) })
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.command)
}

/**
 * Keyboard shortcuts. The table below is the one source for both the key handling and the
 * shortcut sheet, so the sheet can never drift from what the keys do.
 */
export interface ShortcutSpec {
  keys: string
  label: string
}

export const SCREEN_CHORDS: Record<string, { path: string; label: string }> = {
  o: { path: '/', label: 'Overview' },
  m: { path: '/meetings', label: 'Meetings' },
  i: { path: '/initiatives', label: 'Initiatives' },
  p: { path: '/partners', label: 'Partners' },
  s: { path: '/sources', label: 'Sources' },
  n: { path: '/notes', label: 'Notes' },
  c: { path: '/collections', label: 'Collections' }
}

export const SHORTCUTS: ShortcutSpec[] = [
  { keys: 'Ctrl/⌘ K  or  /', label: 'Search' },
  { keys: '↓  /  ↑, Enter', label: 'Move through search results, open one' },
  ...Object.entries(SCREEN_CHORDS).map(([key, { label }]) => ({ keys: `g ${key}`, label: `Go to ${label}` })),
  { keys: '?', label: 'Show keyboard shortcuts' },
  { keys: 'Ctrl/⌘ Z', label: 'Undo the last delete (outside a text field)' },
  { keys: 'h', label: 'Highlight the selected text (in a source)' },
  { keys: 'Ctrl/⌘ F', label: 'Find in this source (Enter: next, Shift+Enter: previous)' },
  { keys: 'Ctrl/⌘ E', label: 'Export notes to Markdown (this page, or everything)' },
  { keys: 'Ctrl/⌘ Shift B', label: 'Back up your notes to a file' },
  { keys: 'Ctrl/⌘ O', label: 'Import documents' },
  { keys: 'Alt ←  /  Alt →', label: 'Back / forward' },
  { keys: 'Esc', label: 'Close a dialog or leave the search box' }
]

export type ShortcutAction =
  | { type: 'search' }
  | { type: 'navigate'; path: string }
  | { type: 'help' }
  | { type: 'menu'; command: 'export' | 'import' | 'backup' }
  | { type: 'undo' }
  | { type: 'none' }

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey?: boolean
  /** True when focus is in a text field, where single-letter shortcuts must not fire. */
  inTextField: boolean
}

/** Turns a key press into an action; `pendingG` carries the first key of a `g x` chord. */
export function interpretKey(event: KeyLike, pendingG: boolean): { action: ShortcutAction; pendingG: boolean } {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod && !event.altKey) {
    if (key === 'k') return { action: { type: 'search' }, pendingG: false }
    if (key === 'b' && event.shiftKey) return { action: { type: 'menu', command: 'backup' }, pendingG: false }
    if (key === 'e') return { action: { type: 'menu', command: 'export' }, pendingG: false }
    if (key === 'o') return { action: { type: 'menu', command: 'import' }, pendingG: false }
    if (key === 'z' && !event.inTextField) return { action: { type: 'undo' }, pendingG: false }
  }
  if (event.inTextField || mod || event.altKey) return { action: { type: 'none' }, pendingG: false }
  if (pendingG) {
    const target = SCREEN_CHORDS[key]
    return { action: target ? { type: 'navigate', path: target.path } : { type: 'none' }, pendingG: false }
  }
  if (event.key === '/') return { action: { type: 'search' }, pendingG: false }
  if (event.key === '?') return { action: { type: 'help' }, pendingG: false }
  if (key === 'g') return { action: { type: 'none' }, pendingG: true }
  return { action: { type: 'none' }, pendingG: false }
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type)
}

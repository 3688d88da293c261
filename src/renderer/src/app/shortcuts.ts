/**
 * Keyboard shortcuts. The keys, like the menu and the command palette, come from the one table of
 * commands (`@shared/commands`), so the shortcut sheet can never drift from what the keys do.
 */
import { COMMANDS, SCREEN_CHORDS, type CommandSpec } from '@shared/commands'

/** What the shortcut sheet lists: every command that has keys, in the table's order. */
export const SHORTCUTS: (CommandSpec & { keys: string })[] = (COMMANDS as readonly CommandSpec[]).filter((c): c is CommandSpec & { keys: string } => Boolean(c.keys))

export type ShortcutAction =
  | { type: 'search' }
  | { type: 'navigate'; path: string }
  | { type: 'help' }
  | { type: 'menu'; command: 'export' | 'import' | 'backup' | 'palette' }
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
    if (key === 'p' && event.shiftKey) return { action: { type: 'menu', command: 'palette' }, pendingG: false }
    if (key === 'e') return { action: { type: 'menu', command: 'export' }, pendingG: false }
    if (key === 'o') return { action: { type: 'menu', command: 'import' }, pendingG: false }
    if (key === 'z' && !event.inTextField) return { action: { type: 'undo' }, pendingG: false }
  }
  if (event.inTextField || mod || event.altKey) return { action: { type: 'none' }, pendingG: false }
  if (pendingG) {
    const path = SCREEN_CHORDS[key]
    return { action: path ? { type: 'navigate', path } : { type: 'none' }, pendingG: false }
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

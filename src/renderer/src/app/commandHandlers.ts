/**
 * Who runs each command of `@shared/commands` right now. The layout provides the app-wide ones;
 * a screen provides those that act on it (the reader provides Find) while it is open. The menu,
 * the keyboard and the command palette all run commands through here, and the palette offers
 * exactly the commands something can run.
 */
import { COMMANDS, type CommandId, type CommandSpec } from '@shared/commands'

const handlers = new Map<string, () => void>()
const listeners = new Set<() => void>()

/** Provides `id` until the returned function is called. */
export function provideCommand(id: CommandId, run: () => void): () => void {
  handlers.set(id, run)
  listeners.forEach((l) => l())
  return () => {
    if (handlers.get(id) !== run) return
    handlers.delete(id)
    listeners.forEach((l) => l())
  }
}

/** Runs `id` if something provides it; false if nothing does. */
export function runCommand(id: string): boolean {
  const run = handlers.get(id)
  run?.()
  return Boolean(run)
}

/** The commands that can run now, in the table's order. */
export const runnableCommands = (): CommandSpec[] => (COMMANDS as readonly CommandSpec[]).filter((c) => handlers.has(c.id))

export function onCommandsChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

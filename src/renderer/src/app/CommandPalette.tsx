import { useEffect, useId, useState, useSyncExternalStore } from 'react'
import { paletteMatches, type CommandSpec } from '@shared/commands'
import { Dialog } from '../components/Dialog'
import { onCommandsChanged, runCommand, runnableCommands } from './commandHandlers'

/** Re-read only when a command is provided or withdrawn; a stable snapshot in between. */
let snapshot: CommandSpec[] = runnableCommands()
const subscribe = (listener: () => void): (() => void) =>
  onCommandsChanged(() => {
    snapshot = runnableCommands()
    listener()
  })

/**
 * Ctrl/⌘ Shift P: every command the menu and the shortcuts offer that can run here, found by
 * typing a few letters of its name, with its keys shown. Arrows move, Enter runs, Esc closes.
 */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const runnable = useSyncExternalStore(subscribe, () => snapshot)
  const matches = paletteMatches(query, runnable)
  const listId = useId()
  const current = Math.min(active, Math.max(0, matches.length - 1))
  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [listId, current])
  useEffect(() => {
    if (!open) {
      setQuery('')
      setActive(0)
    }
  }, [open])

  const run = (command: CommandSpec | undefined): void => {
    if (!command) return
    onClose()
    // After the palette has closed and given focus back, so a dialog the command opens keeps it.
    setTimeout(() => runCommand(command.id), 0)
  }

  return (
    <Dialog title="Command palette" open={open} onClose={onClose}>
      <div className="command-palette">
        <input
          type="text"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches.length ? `${listId}-${current}` : undefined}
          placeholder="Type a command…"
          data-autofocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault()
              const step = e.key === 'ArrowDown' ? 1 : -1
              setActive((current + step + matches.length) % Math.max(1, matches.length))
            } else if (e.key === 'Enter') {
              e.preventDefault()
              run(matches[current])
            }
          }}
        />
        <ul role="listbox" id={listId} aria-label="Commands" className="command-list">
          {matches.map((command, i) => (
            <li
              key={command.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => run(command)}
            >
              <span>{command.label}</span>
              {command.keys ? <kbd>{command.keys}</kbd> : null}
            </li>
          ))}
        </ul>
        {matches.length === 0 ? (
          <p className="muted" role="status">
            No command matches “{query}”.
          </p>
        ) : null}
      </div>
    </Dialog>
  )
}

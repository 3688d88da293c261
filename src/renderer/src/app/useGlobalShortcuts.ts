import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { interpretKey, isTextField } from './shortcuts'
import { dispatchMenuCommand } from '../platform/browser'
import { desk } from '../platform/desk'
import { runCommand } from './commandHandlers'

/** Installs the global key handler: search focus, `g x` chords, the shortcut sheet. */
export function useGlobalShortcuts(focusSearch: () => void, showHelp: () => void): void {
  const navigate = useNavigate()
  const pendingG = useRef(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const result = interpretKey(
        { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, inTextField: isTextField(event.target) },
        pendingG.current
      )
      pendingG.current = result.pendingG
      const { action } = result
      if (action.type === 'none') return
      // In Electron the menu accelerators raise import/export; in the browser we raise them here.
      if (action.type === 'menu') {
        if (desk.platform === 'electron') return
        event.preventDefault()
        dispatchMenuCommand(action.command)
        return
      }
      event.preventDefault()
      if (action.type === 'undo') runCommand('undo')
      else if (action.type === 'search') focusSearch()
      else if (action.type === 'help') showHelp()
      else navigate(action.path)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate, focusSearch, showHelp])
}

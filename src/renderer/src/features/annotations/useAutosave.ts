import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveState = { state: 'saved' } | { state: 'unsaved' } | { state: 'saving' } | { state: 'error'; message: string }

/** How long after the last keystroke a note is saved. */
export const AUTOSAVE_DELAY_MS = 600

const draftKey = (id: string): string => `desk:draft:${id}`

/**
 * Keeps a text field saved: after a pause in typing, on blur (`flush`), when the component goes
 * away (navigation), and when the page is hidden or closed. Every keystroke is also kept as a
 * local draft, synchronously, so text typed just before a crash or a closed tab comes back.
 */
export function useAutosave(id: string, saved: string, save: (text: string) => Promise<void>) {
  const [text, setTextState] = useState<string>(() => {
    try {
      return localStorage.getItem(draftKey(id)) ?? saved
    } catch {
      return saved
    }
  })
  const [status, setStatus] = useState<SaveState>(() => (text === saved ? { state: 'saved' } : { state: 'unsaved' }))
  const pending = useRef<string | null>(text === saved ? null : text)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const value = pending.current
    if (value === null) return
    pending.current = null
    setStatus({ state: 'saving' })
    try {
      await saveRef.current(value)
      try {
        if (pending.current === null) localStorage.removeItem(draftKey(id))
      } catch {
        // Drafts are a safety net; without localStorage the database save still stands.
      }
      setStatus(pending.current === null ? { state: 'saved' } : { state: 'unsaved' })
    } catch (error) {
      pending.current ??= value
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }, [id])

  const setText = useCallback(
    (value: string) => {
      setTextState(value)
      pending.current = value
      setStatus({ state: 'unsaved' })
      try {
        localStorage.setItem(draftKey(id), value)
      } catch {
        // Storage full or unavailable: the timed save below still runs.
      }
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [id, flush]
  )

  useEffect(() => {
    if (pending.current !== null) timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    const onHide = (): void => void flush()
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      void flush()
    }
  }, [flush])

  return { text, setText, status, flush }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { debounceWithMaxWait } from './debounce'
import { DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS, editorOpened, writeDraft } from './drafts'

export type SaveState = { state: 'saved' } | { state: 'unsaved' } | { state: 'saving' } | { state: 'error'; message: string }

/** How long after the last keystroke a note is saved. */
export const AUTOSAVE_DELAY_MS = 600

/**
 * Keeps a text field saved: after a pause in typing, on blur (`flush`), when the component goes
 * away (a route change), and when the page is hidden or closed. Meanwhile the text is written as
 * a draft (`drafts.ts`) a moment after each pause and at least once a second, so a crash loses
 * at most about a second; `version` is the stored text's `updated`, which the draft records.
 */
export function useAutosave(id: string, saved: string, version: string, save: (text: string) => Promise<void>) {
  const [text, setTextState] = useState(saved)
  const [status, setStatus] = useState<SaveState>({ state: 'saved' })
  const [wroteDraft, setWroteDraft] = useState(false)
  const pending = useRef<string | null>(null)
  /** The text the drafts table or the note already holds (no draft needed), null if unknown. */
  const kept = useRef<string | null>(saved)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef({ id, version, save })
  useEffect(() => {
    latest.current = { id, version, save }
  }, [id, version, save])

  const [draft] = useState(() =>
    debounceWithMaxWait(
      () => {
        const value = pending.current
        if (value === null || value === kept.current) return
        kept.current = value
        setWroteDraft(true)
        // A draft is a safety net: if it cannot be written, the note's own save still runs and
        // reports; the next keystroke tries the draft again.
        writeDraft(latest.current.id, value, latest.current.version).catch(() => {
          kept.current = null
        })
      },
      DRAFT_DELAY_MS,
      DRAFT_MAX_WAIT_MS
    )
  )

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    // The draft's transaction is made before the save's, so the save sees it and clears it.
    draft.flush()
    const value = pending.current
    if (value === null) return
    pending.current = null
    setStatus({ state: 'saving' })
    try {
      await latest.current.save(value)
      if (pending.current === null) kept.current = value
      setStatus(pending.current === null ? { state: 'saved' } : { state: 'unsaved' })
    } catch (error) {
      pending.current ??= value
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }, [draft])

  const setText = useCallback(
    (value: string) => {
      setTextState(value)
      pending.current = value
      setStatus({ state: 'unsaved' })
      draft.schedule()
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [draft, flush]
  )

  useEffect(() => {
    const closed = editorOpened(id)
    const onHide = (): void => void flush()
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
      // The save's transaction exists before the editor counts as closed: a read view that
      // then looks for a draft finds it only if the save failed.
      void flush()
      closed()
    }
  }, [id, flush])

  return { text, setText, status, flush, wroteDraft }
}

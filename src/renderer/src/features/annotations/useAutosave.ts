import { useCallback, useEffect, useRef, useState } from 'react'
import type { Annotation } from '@shared/model/annotation'
import { NoteGone, saveNoteBody, type NoteBase } from './annotations'
import { debounceWithMaxWait } from './debounce'
import { discardDraft, DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS, editorOpened, writeDraft } from './drafts'
import { onOtherWindow } from '../windows/otherWindows'

export type SaveState =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'conflict' }
  | { state: 'error'; message: string }

/** A save refused because another window saved this note first: both texts, for the user to choose. */
export interface Conflict {
  mine: string
  theirs: NoteBase
}

/** How long after the last keystroke a note is saved. */
export const AUTOSAVE_DELAY_MS = 600

/**
 * Keeps a note's text saved: after a pause in typing, on blur (`flush`), when the component goes
 * away (a route change), and when the page is hidden or closed. Meanwhile the text is written as
 * a draft (`drafts.ts`) a moment after each pause and at least once a second, so a crash loses
 * at most about a second.
 *
 * Every save names the version it was typed over (`base`); a save over text another window saved
 * meanwhile is refused (`saveNoteBody`) and becomes a `Conflict`. A change made elsewhere while
 * nothing is being typed here simply replaces the text; while typing, `changedElsewhere` says so.
 * Text typed into a note another window removed goes to `onGone`, which keeps it.
 */
export function useAutosave(annotation: Pick<Annotation, 'id' | 'body' | 'updated'>, onGone?: (text: string) => void) {
  const { id } = annotation
  const [text, setTextState] = useState(annotation.body)
  const [status, setStatus] = useState<SaveState>({ state: 'saved' })
  const [wroteDraft, setWroteDraft] = useState(false)
  const [conflict, setConflictState] = useState<Conflict | null>(null)
  const [changedElsewhere, setChangedElsewhere] = useState(false)
  const pending = useRef<string | null>(null)
  /** The text being saved, so the note coming back from the database is known as ours. */
  const inFlight = useRef<string | null>(null)
  const conflictRef = useRef<Conflict | null>(null)
  /** The stored version the text on screen was typed over. */
  const base = useRef<NoteBase>({ updated: annotation.updated, body: annotation.body })
  /** The text the drafts table or the note already holds (no draft needed), null if unknown. */
  const kept = useRef<string | null>(annotation.body)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latestText = useRef(annotation.body)
  const latest = useRef({ onGone })
  useEffect(() => {
    latest.current = { onGone }
  }, [onGone])

  const setConflict = useCallback((value: Conflict | null) => {
    conflictRef.current = value
    setConflictState(value)
  }, [])

  const [draft] = useState(() =>
    debounceWithMaxWait(
      () => {
        const value = pending.current
        if (value === null || value === kept.current) return
        kept.current = value
        setWroteDraft(true)
        // A draft is a safety net: if it cannot be written, the note's own save still runs and
        // reports; the next keystroke tries the draft again.
        writeDraft(id, value, base.current.updated).catch(() => {
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
    if (value === null || conflictRef.current) return
    pending.current = null
    inFlight.current = value
    setStatus({ state: 'saving' })
    try {
      const result = await saveNoteBody(id, value, base.current)
      if (result.saved) {
        base.current = result.base
        if (pending.current === null) kept.current = value
        setChangedElsewhere(false)
        setStatus(pending.current === null ? { state: 'saved' } : { state: 'unsaved' })
      } else {
        pending.current = null
        setConflict({ mine: latestText.current, theirs: result.theirs })
        setStatus({ state: 'conflict' })
      }
    } catch (error) {
      if (error instanceof NoteGone && latest.current.onGone) {
        latest.current.onGone(latestText.current)
        pending.current = null
        setStatus({ state: 'saved' })
        return
      }
      pending.current ??= value
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    } finally {
      inFlight.current = null
    }
  }, [draft, id, setConflict])

  const setText = useCallback(
    (value: string) => {
      setTextState(value)
      latestText.current = value
      pending.current = value
      setStatus({ state: 'unsaved' })
      draft.schedule()
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [draft, flush]
  )

  /** Shows `next` as the note's text, saved: no save, no draft. */
  const adopt = useCallback((next: NoteBase) => {
    base.current = next
    kept.current = next.body
    latestText.current = next.body
    pending.current = null
    clearTimeout(timer.current)
    setTextState(next.body)
    setChangedElsewhere(false)
    setStatus({ state: 'saved' })
  }, [])

  // The note changed in the database: our own save coming back, a change of tags, or another window.
  useEffect(() => {
    const stored = { updated: annotation.updated, body: annotation.body }
    if (stored.updated === base.current.updated) return
    if (stored.body === base.current.body || stored.body === inFlight.current) {
      if (inFlight.current === null) base.current = stored
      return
    }
    if (pending.current === null && inFlight.current === null && !conflictRef.current) adopt(stored)
    else setChangedElsewhere(true)
  }, [annotation.updated, annotation.body, adopt])

  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => {
      const current = conflictRef.current
      if (!current) return
      setConflict(null)
      if (choice === 'theirs') {
        adopt(current.theirs)
        void discardDraft(id).catch(() => undefined)
        return
      }
      base.current = current.theirs
      setChangedElsewhere(false)
      setText(current.mine)
      void flush()
    },
    [adopt, flush, id, setConflict, setText]
  )

  useEffect(() => {
    const closed = editorOpened(id)
    const onHide = (): void => void flush()
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide()
    }
    // A restore elsewhere cleared this note's draft: what is being typed goes back into one.
    const offOtherWindow = onOtherWindow((event) => {
      if (event === 'restored' && latestText.current !== base.current.body) {
        void writeDraft(id, conflictRef.current?.mine ?? latestText.current, base.current.updated).catch(() => undefined)
      }
    })
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      offOtherWindow()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
      // The save's transaction exists before the editor counts as closed: a read view that
      // then looks for a draft finds it only if the save failed.
      void flush()
      closed()
    }
  }, [id, flush])

  return { text, setText, status, flush, wroteDraft, conflict, resolve, changedElsewhere }
}

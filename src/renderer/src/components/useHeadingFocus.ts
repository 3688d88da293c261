import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'
import { isTextField } from '../app/shortcuts'

/**
 * The history entry whose heading last took focus, or the first one shown (the page the app
 * opened on), or null before any: a heading that remounts on the same entry keeps still.
 */
let focusedEntry: string | null = null

/**
 * Focuses a screen's heading (give it `tabIndex={-1}`) when the route's target (its path) changes:
 * a result, a link or Back opens another page, and keyboard and screen-reader users start from
 * its title. The page the app opens on is no change: there Tab still starts at "Skip to content".
 * A change of query string alone (filters) moves nothing. Never takes focus from a text field
 * (the search box navigates as you type) or a dialog, and never scrolls: the source reader
 * scrolls to a passage itself.
 */
export function useHeadingFocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null)
  const { pathname, key } = useLocation()
  const focus = useEffectEvent(() => {
    if (focusedEntry === null) {
      focusedEntry = key
      return
    }
    const active = document.activeElement
    if (focusedEntry === key || isTextField(active) || active?.closest('dialog')) return
    focusedEntry = key
    ref.current?.focus({ preventScroll: true })
  })
  useEffect(() => focus(), [pathname])
  return ref
}

import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { eachFrameUntil } from '../components/eachFrameUntil'

/** How long a restore waits for a screen's data to arrive and make the page tall enough. */
const RESTORE_WAIT_MS = 1500

/**
 * The main area's scroll position per history entry: Back and Forward return to where the user
 * was; a new page opens at its top; a replaced entry (typing in a filter) keeps its place. The
 * browser cannot do this itself, because the page scrolls inside `<main>`, not the window.
 */
export function useScrollMemory(main: RefObject<HTMLElement | null>): void {
  const location = useLocation()
  const navigation = useNavigationType()
  const positions = useRef(new Map<string, number>())
  // The entry scroll events belong to, moved at commit: a new page's content makes the browser clamp
  // the old scroll offset, and that event must not overwrite the position kept for the old entry.
  const current = useRef(location.key)

  useEffect(() => {
    const element = main.current
    if (!element) return
    const remember = (): void => void positions.current.set(current.current, element.scrollTop)
    element.addEventListener('scroll', remember, { passive: true })
    return () => element.removeEventListener('scroll', remember)
  }, [main])

  useLayoutEffect(() => {
    current.current = location.key
    const element = main.current
    if (!element) return
    if (navigation === 'PUSH') element.scrollTop = 0
    if (navigation !== 'POP') return
    const target = positions.current.get(location.key)
    if (target === undefined) return
    // The screen may still be loading: try again each frame until it is tall enough, or give up.
    return eachFrameUntil(() => {
      element.scrollTop = target
      return Math.abs(element.scrollTop - target) <= 2
    }, RESTORE_WAIT_MS)
  }, [main, location.key, navigation])
}

import { useEffect, type RefObject } from 'react'

/** The result links the arrows move through, in document order (top list, then the groups). */
const RESULT_LINKS = 'a.result-title'
/** The app's search box, in the top bar (`app/Layout.tsx`), outside the results screen. */
const SEARCH_BOX = '[role="search"] input'

/**
 * Arrow keys through the result links inside `container`: ArrowDown from the search box goes to
 * the first link, ArrowDown/ArrowUp to the next/previous, ArrowUp from the first back to the box,
 * Home/End to the first/last. Focus moves but no tabindex changes, so Tab still visits every link
 * in order; Enter opens a link as links do. Keys with a modifier are left alone (Alt ← is Back,
 * Shift ↓ selects text), and so is every key outside the box and the results.
 */
export function useResultKeys(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const root = container.current
      if (!root || !(event.target instanceof HTMLElement)) return
      const links = [...root.querySelectorAll<HTMLElement>(RESULT_LINKS)]
      const next = nextFocus(event.key, event.target, links)
      if (!next) return
      event.preventDefault()
      next.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [container])
}

function nextFocus(
  key: string,
  from: HTMLElement,
  links: readonly HTMLElement[]
): HTMLElement | null {
  if (from.matches(SEARCH_BOX)) return key === 'ArrowDown' ? (links[0] ?? null) : null
  const at = links.indexOf(from)
  if (at < 0) return null
  if (key === 'ArrowDown') return links[at + 1] ?? null
  if (key === 'ArrowUp') {
    return at > 0 ? (links[at - 1] ?? null) : document.querySelector<HTMLElement>(SEARCH_BOX)
  }
  if (key === 'Home') return links[0] ?? null
  if (key === 'End') return links[links.length - 1] ?? null
  return null
}

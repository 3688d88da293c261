import { useCallback, useEffect, useState } from 'react'

/** Below this window width the sidebar shows icons only, unless the user chose otherwise. */
export const NARROW_WINDOW = '(max-width: 1000px)'
const STORAGE_KEY = 'desk.sidebar'

type Choice = 'expanded' | 'collapsed' | null

const readChoice = (): Choice => {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'expanded' || value === 'collapsed' ? value : null
  } catch {
    return null
  }
}

/**
 * Whether the sidebar shows icons only: the user's choice (remembered on this computer) or, until
 * they make one, the window's width, so the reader keeps its room at 800×600 and at 200 % zoom.
 */
export function useSidebar(): { collapsed: boolean; toggle: () => void } {
  const [choice, setChoice] = useState<Choice>(readChoice)
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_WINDOW).matches)
  useEffect(() => {
    const query = window.matchMedia(NARROW_WINDOW)
    const changed = (): void => setNarrow(query.matches)
    query.addEventListener('change', changed)
    return () => query.removeEventListener('change', changed)
  }, [])
  const collapsed = choice ? choice === 'collapsed' : narrow
  const toggle = useCallback(() => {
    const next: Choice = collapsed ? 'expanded' : 'collapsed'
    setChoice(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not remembered this time; the sidebar still changes.
    }
  }, [collapsed])
  return { collapsed, toggle }
}

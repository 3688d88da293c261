import { useEffect, useState } from 'react'
import { DEFAULT_CITATION_STYLE, isCitationStyle, type CitationStyleId } from '@shared/citations/styles'

/** The style every citation is written in, remembered on this computer. */
const STORAGE_KEY = 'desk.citationStyle'
const listeners = new Set<(style: CitationStyleId) => void>()

export function citationStyle(): CitationStyleId {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return isCitationStyle(stored) ? stored : DEFAULT_CITATION_STYLE
  } catch {
    return DEFAULT_CITATION_STYLE
  }
}

export function setCitationStyle(style: CitationStyleId): void {
  try {
    localStorage.setItem(STORAGE_KEY, style)
  } catch {
    // Storage refused (private mode, full): the choice holds for this session.
  }
  listeners.forEach((l) => l(style))
}

export function useCitationStyle(): CitationStyleId {
  const [style, setStyle] = useState(citationStyle)
  useEffect(() => {
    listeners.add(setStyle)
    // Another window of the app chose a style.
    const onStorage = (e: StorageEvent): void => {
      if (e.key === STORAGE_KEY) setStyle(citationStyle())
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(setStyle)
      window.removeEventListener('storage', onStorage)
    }
  }, [])
  return style
}

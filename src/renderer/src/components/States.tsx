import { useEffect, type ReactNode } from 'react'
import { useHeadingFocus } from './useHeadingFocus'
import { announcePage } from '../app/pageAnnouncer'

/** Placeholder rows shown while a screen's data loads from IndexedDB. */
export function Skeleton({ rows = 6, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  )
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  )
}

/** The window's title for a screen: what it shows first, so the history, the window list and screen readers say where you are. */
export const windowTitle = (screen: string): string => `${screen} – ASEAN Digital Desk`

/**
 * A screen's title and actions; its h1 takes focus when the route opens another page, and names
 * the window (the desktop app's title bar follows `document.title`).
 */
export function ScreenHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  const heading = useHeadingFocus<HTMLHeadingElement>()
  useEffect(() => {
    document.title = windowTitle(title)
    announcePage(title)
  }, [title])
  return (
    <header className="screen-header">
      <div>
        <h1 id="screen-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="subtitle">{subtitle}</p> : null}
      </div>
      {children ? <div className="screen-actions">{children}</div> : null}
    </header>
  )
}

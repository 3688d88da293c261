import { useEffect, useRef } from 'react'

interface Props {
  query: string
  onQuery: (query: string) => void
  /** The match shown (0-based) and how many there are. */
  current: number
  total: number
  onMove: (step: 1 | -1) => void
  /** Selects the match shown, so the highlight toolbar (or h) can keep it. */
  onSelect: () => void
  onClose: () => void
}

/**
 * "Find in this source" (Ctrl/⌘ F): Enter and Shift+Enter move between matches, Esc closes. The
 * count is announced politely as it changes.
 */
export function FindBar({ query, onQuery, current, total, onMove, onSelect, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  return (
    <div className="find-bar" role="search" aria-label="Find in this source">
      <input
        ref={input}
        type="search"
        aria-label="Find in this source"
        placeholder="Find in this source"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onMove(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            onClose()
          }
        }}
      />
      <span role="status" className="muted small find-count">
        {query.trim() ? (total ? `${current + 1} of ${total}` : 'Not found') : ''}
      </span>
      <button type="button" className="small ghost" onClick={() => onMove(-1)} disabled={!total} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" className="small ghost" onClick={() => onMove(1)} disabled={!total} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
      <button type="button" className="small" onClick={onSelect} disabled={!total}>
        Select this match
      </button>
      <button type="button" className="small ghost" onClick={onClose} aria-label="Close find">
        ×
      </button>
    </div>
  )
}

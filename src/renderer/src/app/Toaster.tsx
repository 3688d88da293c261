import { useEffect, useState } from 'react'
import { dismissNotice, onNotice, type Notice } from '../features/annotations/notify'

const VISIBLE_MS = 8000

/** Shows the latest notice at the bottom of the window; errors stay until dismissed. */
export function Toaster() {
  const [notice, setNotice] = useState<Notice | null>(null)
  useEffect(() => onNotice(setNotice), [])
  useEffect(() => {
    if (!notice || notice.tone === 'error') return
    const timer = setTimeout(() => setNotice((n) => (n?.id === notice.id ? null : n)), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  if (!notice) return null
  return (
    <div className={notice.tone === 'error' ? 'toaster error' : 'toaster'} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="small"
          onClick={() => {
            notice.action?.run()
            dismissNotice()
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="small" aria-label="Dismiss" onClick={dismissNotice}>
        ×
      </button>
    </div>
  )
}

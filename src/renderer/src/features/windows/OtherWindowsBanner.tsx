import { useSyncExternalStore } from 'react'
import { dismissOtherWindowEvent, lastOtherWindowEvent, onOtherWindow } from './otherWindows'

/**
 * Says what another window did that this one cannot follow live: a newer version opened the
 * database (this window's connection is closed, so it must reload), an older one keeps this newer
 * one from opening it, or a restore replaced the data (open editors keep what was being typed as a
 * draft, see `useAutosave`).
 */
export function OtherWindowsBanner() {
  const event = useSyncExternalStore(onOtherWindow, lastOtherWindowEvent)
  if (event === 'updated') {
    return (
      <div role="alert" className="banner error">
        ASEAN Digital Desk was updated in another window.{' '}
        <button type="button" className="small" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    )
  }
  if (event === 'blocked') {
    return (
      <div role="alert" className="banner error">
        Another window of ASEAN Digital Desk still runs an older version: close it, then{' '}
        <button type="button" className="small" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    )
  }
  if (event === 'restored') {
    return (
      <div role="alert" className="banner">
        Your notes were restored from a backup in another window. A note you were typing is kept as a draft.{' '}
        <button type="button" className="ghost small" onClick={dismissOtherWindowEvent}>
          Dismiss
        </button>
      </div>
    )
  }
  return null
}

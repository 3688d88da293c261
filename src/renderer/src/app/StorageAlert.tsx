import { useSyncExternalStore } from 'react'
import { describeStorageError } from '@shared/storageErrors'
import { readFailure, retryReads, subscribeReadHealth } from '../db/readHealth'

/**
 * While any screen's data cannot be read (a full or failing disk, a connection Chromium closed),
 * says so above the screen with a Retry; the reads are also retried every few seconds and the
 * banner goes once they work again.
 */
export function StorageAlert() {
  const failure = useSyncExternalStore(subscribeReadHealth, readFailure)
  if (failure === null) return null
  return (
    <div role="alert" className="banner error storage-alert">
      {describeStorageError(failure, {
        happened: 'your data could not be read just now',
        kept: 'what is stored is not changed by this',
        advice: 'Free some disk space; the app tries again every few seconds.'
      })}{' '}
      <button type="button" className="small" onClick={() => void retryReads()}>
        Retry
      </button>
    </div>
  )
}

import { useEffect } from 'react'
import { notify } from '../annotations/notify'
import { nearlyFull, readStorageStatus, requestPersistence } from './storage'

/** Once per window: ask for persistent storage, and warn if storage is nearly full. */
export function useStorageGuard(): void {
  useEffect(() => {
    void requestPersistence()
    void readStorageStatus().then((status) => {
      if (nearlyFull(status)) notify('Storage is almost full: new notes may fail to save. See Settings.', { tone: 'error' })
    })
  }, [])
}

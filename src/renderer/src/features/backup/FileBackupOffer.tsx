import { useEffect, useState } from 'react'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { restoreBackup } from './backupService'
import { findFileBackupOffer, type FileBackupOffer as Offer } from './fileBackupOffer'
import { formatDateTime } from '../dataset/format'

/**
 * The offer to restore an automatic backup file when the app's storage holds no notes. Looks once
 * the dataset check has settled, so the restore links the user's records to the loaded dataset.
 */
export function FileBackupOffer({ ready }: { ready: boolean }) {
  const [offer, setOffer] = useState<Offer | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!ready) return
    let live = true
    findFileBackupOffer().then(
      (found) => live && setOffer(found),
      (error: unknown) => console.warn('Could not look for backup files:', error)
    )
    return () => {
      live = false
    }
  }, [ready])
  if (!offer) return null
  const where = desk.platform === 'electron' ? 'on disk' : "in this browser's private storage"
  const restore = async (): Promise<void> => {
    setBusy(true)
    const outcome = await restoreBackup(offer.text, 'merge', __APP_VERSION__)
    setBusy(false)
    if (!outcome.ok) return notify(outcome.error, { tone: 'error' })
    setOffer(null)
    notify(`Restored ${outcome.value.annotations} notes and highlights and ${outcome.value.collections} collections from the backup.`)
  }
  return (
    <div role="alert" className="banner info file-backup-offer">
      Your notes could not be found in the app&apos;s storage. A backup from {formatDateTime(offer.created)} with {offer.notes} notes is saved {where}.{' '}
      <button type="button" className="small" disabled={busy} onClick={() => void restore()}>
        Restore
      </button>{' '}
      <button type="button" className="small ghost" disabled={busy} onClick={() => setOffer(null)}>
        Not now
      </button>
    </div>
  )
}

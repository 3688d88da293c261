import { DialogAlert, FormFooter } from '../../components/DialogParts'
import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { notify } from '../annotations/notify'
import { closeRestore, useRestoreState } from './backupStore'
import { restoreBackup, type RestoreMode } from './backupService'

/** Shows what a backup holds and restores it, replacing or merging, after the user confirms. */
export function RestoreDialog() {
  const state = useRestoreState()
  const [mode, setMode] = useState<RestoreMode>('merge')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = (): void => {
    setError(null)
    closeRestore()
  }
  const restore = async (text: string): Promise<void> => {
    setBusy(true)
    setError(null)
    const outcome = await restoreBackup(text, mode, __APP_VERSION__)
    setBusy(false)
    if (!outcome.ok) {
      setError(outcome.error)
      return
    }
    const r = outcome.value
    close()
    notify(
      r.mode === 'replace'
        ? `Restored ${r.annotations} notes and highlights and ${r.collections} collections.${r.automaticBackup ? ' Your previous data is kept under Settings → Automatic backups.' : ''}`
        : `Merged the backup: ${r.added} added, ${r.replaced} updated to a newer version, ${r.kept} already up to date.${r.automaticBackup ? ' Your previous data is kept under Settings → Automatic backups.' : ''}`
    )
  }
  return (
    <Dialog title="Restore a backup" open={state !== null} onClose={close}>
      {state && 'error' in state ? (
        <DialogAlert className="restore-form" onClose={close}>
          <strong>{state.fileName}</strong> cannot be restored. {state.error}
        </DialogAlert>
      ) : state ? (
        <form
          className="restore-form"
          onSubmit={(e) => {
            e.preventDefault()
            void restore(state.preview.text)
          }}
        >
          <p>
            <strong>{state.fileName}</strong>: a backup made on {state.preview.created.slice(0, 10)} by version {state.preview.appVersion}, holding{' '}
            {state.preview.counts.annotations} notes and highlights, {state.preview.counts.collections} collections
            {state.preview.counts.importedSources ? `, ${state.preview.counts.importedSources} imported documents` : ''}
            {addedRecords(state.preview.counts) ? `, ${addedRecords(state.preview.counts)} records you added` : ''} and{' '}
            {state.preview.counts.settings} settings.
          </p>
          <fieldset>
            <legend>How</legend>
            <label>
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge with what is here
              <span className="hint">adds what is missing; where both have a note, the more recently edited one wins</span>
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace what is here
              <span className="hint">your notes, highlights, collections, imported documents and settings become exactly the backup’s</span>
            </label>
          </fieldset>
          <p className="hint">A copy of your current data is kept first, under Settings → Automatic backups.</p>
          <FormFooter error={error} onCancel={close} submit="Restore" busy={busy && 'Restoring…'} />
        </form>
      ) : null}
    </Dialog>
  )
}

/** Meetings, initiatives and partners the user made; `userParties` is absent from counts of files before data version 6. */
const addedRecords = (counts: Partial<Record<'userInitiatives' | 'userMeetings' | 'userParties', number>>): number =>
  (counts.userInitiatives ?? 0) + (counts.userMeetings ?? 0) + (counts.userParties ?? 0)

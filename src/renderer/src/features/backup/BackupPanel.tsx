import { useEffect, useState } from 'react'
import type { AutomaticBackupFiles } from '@shared/ipc'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { describeBackupError, showRestore, startBackup, startRestore } from './backupStore'
import { formatDateTime } from '../dataset/format'

/** Settings: back up, restore, and the automatic backups kept before risky changes. */
export function BackupPanel() {
  const automatic = useLiveQuery(() => db.backups.orderBy('created').reverse().toArray(), [])
  const [files, setFiles] = useState<AutomaticBackupFiles | string | null>(null)
  const newest = automatic?.[0]?.id
  useEffect(() => {
    void desk.listAutomaticBackups().then((r) => setFiles(r.ok ? r.value : r.error))
  }, [newest])
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Back up and restore</h2>
      <p>One file with all your notes, highlights, tags, collections, imported documents, the records you added, and settings. The shipped dataset is not in it; the app brings its own.</p>
      <div className="button-row">
        <button type="button" onClick={() => void startBackup()}>
          Back up…
        </button>
        <button type="button" className="ghost" onClick={() => void startRestore()}>
          Restore…
        </button>
      </div>
      <h3>Automatic backups</h3>
      {automatic === undefined ? null : automatic.length === 0 ? (
        <p className="muted">None yet. One is kept before every import, restore and dataset upgrade (the last five, at most 256 MB together).</p>
      ) : (
        <ul className="backup-list" aria-label="Automatic backups">
          {automatic.map((b) => (
            <li key={b.id}>
              <span>
                {formatDateTime(b.created)}, {b.reason}: {b.counts.annotations} notes and highlights, {b.counts.collections} collections
              </span>
              <button
                type="button"
                className="small ghost"
                onClick={() =>
                  void desk
                    .saveFile({ suggestedName: `asean-digital-desk-backup-${b.created.slice(0, 10)}-automatic.json`, content: b.content, filters: [{ name: 'ASEAN Digital Desk backup', extensions: ['json'] }] })
                    .then((r) => !r.ok && notify(describeBackupError(r.error), { tone: 'error' }))
                }
              >
                Save as file…
              </button>
              <button type="button" className="small" onClick={() => void showRestore(`The automatic backup of ${formatDateTime(b.created)}`, b.content)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted file-backups">
        {files === null
          ? null
          : typeof files === 'string'
            ? `Copies as files: none (${files})`
            : `Copies as files, outside the database: ${files.files.length} (the last five, at most 256 MB together), ${desk.platform === 'electron' ? `in ${files.location}` : files.location}.`}
      </p>
    </section>
  )
}

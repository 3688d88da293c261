/** The File menu's Back up… and Restore…, and the same buttons in Settings, share these actions. */
import { createStore } from '../../app/store'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { describeStorageError } from '@shared/storageErrors'
import { backupFileName, makeBackup, previewBackup, type RestorePreview } from './backupService'
import { formatCount } from '../dataset/format'

export type RestoreState = { fileName: string; preview: RestorePreview } | { fileName: string; error: string } | null

const restore = createStore<RestoreState>(null)
const set = restore.set

export const useRestoreState = (): RestoreState => restore.use()

export const closeRestore = (): void => set(null)

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`

export async function startBackup(): Promise<void> {
  try {
    const { text, counts } = await makeBackup(__APP_VERSION__)
    const saved = await desk.saveFile({
      suggestedName: backupFileName(new Date()),
      content: text,
      filters: [{ name: 'ASEAN Digital Desk backup', extensions: ['json'] }]
    })
    if (!saved.ok) notify(describeBackupError(saved.error), { tone: 'error' })
    else if (saved.value.saved) {
      notify(`Backed up ${plural(counts.annotations, 'note and highlight', 'notes and highlights')} and ${plural(counts.collections, 'collection')} to ${saved.value.path}.`)
    }
  } catch (error) {
    notify(describeBackupError(error), { tone: 'error' })
  }
}

/** A backup file that could not be written (a full disk, as main reports it: ENOSPC), in words. */
export const describeBackupError = (error: unknown): string => describeStorageError(error, { happened: 'the backup file was not written', kept: 'your notes are safe in the app' })

/** Asks for a backup file, checks all of it, then shows what it holds before anything changes. */
export async function startRestore(): Promise<void> {
  const opened = await desk.openFiles({ filters: [{ name: 'ASEAN Digital Desk backup', extensions: ['json'] }], multiple: false })
  if (!opened.ok) {
    set({ fileName: 'the file', error: opened.error })
    return
  }
  const file = opened.value[0]
  if (!file) return
  if (file.refused) {
    set({ fileName: file.name, error: `${file.name} was not opened: ${file.refused}` })
    return
  }
  await showRestore(file.name, new TextDecoder().decode(file.bytes))
}

export async function showRestore(fileName: string, text: string): Promise<void> {
  const preview = await previewBackup(text)
  set(preview.ok ? { fileName, preview: preview.value } : { fileName, error: preview.error })
}

/**
 * At start: when the database holds none of the user's notes, collections or corrections, or cannot be read,
 * and an automatic backup file exists outside it, offer to restore the newest readable one.
 */
import type { AutomaticBackupFile, AutomaticBackupFiles } from '@shared/ipc'
import type { Result } from '@shared/result'
import { db, type DeskDatabase } from '../../db/db'
import { desk } from '../../platform/desk'
import { previewBackup } from './backupService'

export type StoredData = 'has-data' | 'empty' | 'unreadable'

/** The files worth offering, newest first; none when the database holds the user's data. */
export function filesToOffer(stored: StoredData, files: Result<AutomaticBackupFiles>): readonly AutomaticBackupFile[] {
  if (stored === 'has-data' || !files.ok) return []
  return [...files.value.files].sort((a, b) => b.created.localeCompare(a.created))
}

export async function storedData(database: DeskDatabase = db): Promise<StoredData> {
  try {
    const counts = await Promise.all([database.annotations.count(), database.collections.count(), database.corrections.count()])
    return counts.some((n) => n > 0) ? 'has-data' : 'empty'
  } catch {
    return 'unreadable'
  }
}

export interface FileBackupOffer {
  text: string
  created: string
  notes: number
}

/** The newest file backup that passes the restore's checks, if one should be offered. */
export async function findFileBackupOffer(database: DeskDatabase = db): Promise<FileBackupOffer | null> {
  const stored = await storedData(database)
  if (stored === 'has-data') return null
  for (const file of filesToOffer(stored, await desk.listAutomaticBackups())) {
    const read = await desk.readAutomaticBackup(file.name)
    const preview = read.ok ? await previewBackup(read.value) : null
    if (preview?.ok) return { text: preview.value.text, created: preview.value.created, notes: preview.value.counts.annotations }
  }
  return null
}

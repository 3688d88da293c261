/**
 * Automatic backups as files in the browser's Origin Private File System (`backups/`), the
 * browser build's copy outside IndexedDB. Same names and rotation as the desktop app's folder
 * (`src/main/ipc/backups.ts`). OPFS is separate from IndexedDB: deleting the database leaves it.
 */
import {
  AUTOMATIC_BACKUP_NAME,
  MAX_AUTOMATIC_BACKUP_CHARS,
  automaticBackupName,
  createdOfBackupName,
  type AutomaticBackupFile,
  type AutomaticBackupFiles
} from '@shared/ipc'
import { staleBackups } from '@shared/backup/rotation'

export const OPFS_LOCATION = "in this browser's private storage"

async function folder(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) throw new Error("This browser has no private file storage, so backups are kept only in the app's database.")
  return (await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true })
}

async function names(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const found: string[] = []
  for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) if (AUTOMATIC_BACKUP_NAME.test(name)) found.push(name)
  return found.sort().reverse()
}

export async function listOpfsBackups(): Promise<AutomaticBackupFiles> {
  const dir = await folder()
  const files = await Promise.all(
    (await names(dir)).map(async (name) => ({ name, created: createdOfBackupName(name), size: (await (await dir.getFileHandle(name)).getFile()).size }))
  )
  return { location: OPFS_LOCATION, files }
}

/** Writes through a writable stream, which the browser swaps in whole on `close()`: atomic. */
export async function writeOpfsBackup(created: string, content: string): Promise<AutomaticBackupFile> {
  if (content.length > MAX_AUTOMATIC_BACKUP_CHARS) throw new Error('The automatic backup is too large to keep as a file.')
  const dir = await folder()
  const name = automaticBackupName(created)
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable()
  try {
    await writable.write(content)
    await writable.close()
  } catch (error) {
    await writable.abort().catch(() => undefined)
    throw error
  }
  for (const stale of staleBackups((await listOpfsBackups()).files, (file) => file.size)) await dir.removeEntry(stale.name)
  return { name, created, size: new Blob([content]).size }
}

export async function readOpfsBackup(name: string): Promise<string> {
  if (!AUTOMATIC_BACKUP_NAME.test(name)) throw new Error(`"${name}" is not an automatic backup.`)
  return (await (await (await folder()).getFileHandle(name)).getFile()).text()
}

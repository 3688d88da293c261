/**
 * Automatic backups as files in `userData/backups`: a copy outside IndexedDB, so notes survive a
 * lost or unreadable database. Only names matching `AUTOMATIC_BACKUP_NAME` are written, read or
 * deleted; each write is atomic, then the oldest go past the limits of `staleBackups`.
 */
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import {
  AUTOMATIC_BACKUP_NAME,
  MAX_AUTOMATIC_BACKUP_CHARS,
  automaticBackupName,
  createdOfBackupName,
  type AutomaticBackupFile,
  type AutomaticBackupFiles
} from '@shared/ipc'
import { staleBackups } from '@shared/backup/rotation'
import { writeFileAtomic } from '../fs/atomicWrite'

async function backupNames(folder: string): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).filter((n) => AUTOMATIC_BACKUP_NAME.test(n)).sort().reverse()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

export async function listAutomaticBackups(folder: string): Promise<AutomaticBackupFiles> {
  const names = await backupNames(folder)
  const files = await Promise.all(
    names.map(async (name) => ({ name, created: createdOfBackupName(name), size: (await fs.stat(join(folder, name))).size }))
  )
  return { location: folder, files }
}

export async function writeAutomaticBackup(folder: string, created: string, content: string): Promise<AutomaticBackupFile> {
  await fs.mkdir(folder, { recursive: true })
  const name = automaticBackupName(created)
  await writeFileAtomic(join(folder, name), content)
  const { files } = await listAutomaticBackups(folder)
  const stale = staleBackups(files, (file) => file.size)
  await Promise.all(stale.map((file) => fs.rm(join(folder, file.name), { force: true })))
  return { name, created, size: Buffer.byteLength(content) }
}

export async function readAutomaticBackup(folder: string, name: string): Promise<string> {
  const path = join(folder, name)
  const { size } = await fs.stat(path)
  if (size > MAX_AUTOMATIC_BACKUP_CHARS * 4) throw new Error(`The automatic backup ${name} is too large to read (${Math.round(size / 1048576)} MB).`)
  return fs.readFile(path, 'utf8')
}

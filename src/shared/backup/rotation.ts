/**
 * Which automatic backups to keep. They are taken before every import, restore and dataset upgrade,
 * and each holds all the user's work, imported texts included, so on a small disk the copies could
 * themselves fill it. The newest few are kept within a total size; the newest one always stays,
 * whatever its size, since it is the copy of the work just before the latest risky change.
 */

/** How many automatic backups are kept, in the database and as files. */
export const KEEP_AUTOMATIC_BACKUPS = 5

/** The most the kept automatic backups may take together (bytes, or characters in the database). */
export const AUTOMATIC_BACKUPS_MAX_TOTAL = 256 * 1024 * 1024

export interface BackupLimits {
  readonly count: number
  readonly total: number
}

export const AUTOMATIC_BACKUP_LIMITS: BackupLimits = { count: KEEP_AUTOMATIC_BACKUPS, total: AUTOMATIC_BACKUPS_MAX_TOTAL }

/**
 * The backups to delete, given all of them newest first: every one past the `count` newest, and
 * every one past the point where the newest together exceed `total`. Never the newest.
 */
export function staleBackups<T>(newestFirst: readonly T[], sizeOf: (backup: T) => number, limits: BackupLimits = AUTOMATIC_BACKUP_LIMITS): T[] {
  let kept = 0
  let size = 0
  for (const backup of newestFirst) {
    const next = size + sizeOf(backup)
    if (kept > 0 && (kept >= limits.count || next > limits.total)) break
    kept++
    size = next
  }
  return newestFirst.slice(kept)
}

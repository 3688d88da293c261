/**
 * The backup file: every user table, the schema and app versions, and a SHA-256 checksum of the
 * tables. Pure (Web Crypto exists in browsers, workers and Node 20), so the renderer writes and
 * reads it and the tests check every corrupt-file case without a database.
 *
 * Reading validates the whole file before anything is written: a truncated, edited, foreign or
 * newer file is refused with a sentence that says which, and a row that is not what the app
 * stores with one naming the row and the field (`tables.ts`).
 */
import { compareText } from '../text/compare'
import { z } from 'zod'
import { isoTime } from '../model/primitives'
import { fail, ok, type Result } from '../result'
import { readTables, type UserTables } from './tables'

export { noteToAnnotation, type NoteRowV1, type UserTables } from './tables'
export type { SettingRow } from '../model/settings'

export const BACKUP_FORMAT = 'asean-digital-desk-backup'
/** The database schema whose user tables this app writes; older backups are upgraded on read. */
export const BACKUP_SCHEMA_VERSION = 6

export const USER_TABLE_NAMES = ['annotations', 'collections', 'settings', 'importedSources', 'userInitiatives', 'userMeetings', 'corrections', 'userParties'] as const

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  appVersion: string
  created: string
  counts: Record<keyof UserTables, number>
  checksum: string
  tables: UserTables
}

const headerSchema = z.object({
  format: z.string(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string(),
  created: isoTime,
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 checksum'),
  tables: z.record(z.string(), z.unknown())
})

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Tables in a stable order (by key), so the same data always gives the same file and checksum. */
function canonical(tables: UserTables): UserTables {
  const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => compareText(a.id, b.id))
  return {
    annotations: byId(tables.annotations),
    collections: byId(tables.collections),
    settings: [...tables.settings].sort((a, b) => compareText(a.key, b.key)),
    importedSources: byId(tables.importedSources),
    userInitiatives: byId(tables.userInitiatives),
    userMeetings: byId(tables.userMeetings),
    corrections: byId(tables.corrections),
    userParties: byId(tables.userParties)
  }
}

export const countsOf = (t: UserTables): Record<keyof UserTables, number> => ({
  annotations: t.annotations.length,
  collections: t.collections.length,
  settings: t.settings.length,
  importedSources: t.importedSources.length,
  userInitiatives: t.userInitiatives.length,
  userMeetings: t.userMeetings.length,
  corrections: t.corrections.length,
  userParties: t.userParties.length
})

export async function createBackup(tables: UserTables, appVersion: string, created: string): Promise<string> {
  const sorted = canonical(tables)
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    created,
    counts: countsOf(sorted),
    checksum: await sha256(JSON.stringify(sorted)),
    tables: sorted
  }
  return `${JSON.stringify(file, null, 1)}\n`
}

const issue = (error: z.ZodError): string => {
  const first = error.issues[0]
  return first ? `${first.path.join('.') || 'the file'}: ${first.message}` : 'unknown problem'
}

/**
 * Reads and checks a backup file completely: JSON, format, version, checksum, every row. Returns
 * the tables upgraded to the current schema, or a message for the user; never a partial result.
 */
export async function readBackup(text: string): Promise<Result<{ header: Omit<BackupFile, 'tables'>; tables: UserTables }>> {
  if (!text.trim()) return fail('The file is empty, so it is not a backup.')
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail(
      text.trimStart().startsWith('{')
        ? 'The backup is incomplete or damaged: it is not valid JSON (was the file cut short?). Nothing was changed.'
        : 'This is not an ASEAN Digital Desk backup (it is not a JSON file). Nothing was changed.'
    )
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('This is not an ASEAN Digital Desk backup (it lacks the backup format marker). Nothing was changed.')
  }
  const header = headerSchema.safeParse(raw)
  if (!header.success) return fail(`The backup's header is damaged (${issue(header.error)}). Nothing was changed.`)
  const { schemaVersion } = header.data
  if (schemaVersion > BACKUP_SCHEMA_VERSION) {
    return fail(
      `This backup was made by a newer version of ASEAN Digital Desk (${header.data.appVersion}, data version ${schemaVersion}); this app reads up to data version ${BACKUP_SCHEMA_VERSION}. Update the app, then restore. Nothing was changed.`
    )
  }
  if ((await sha256(JSON.stringify(header.data.tables))) !== header.data.checksum) {
    return fail('The backup is damaged: its contents do not match its checksum (was it edited or cut short?). Nothing was changed.')
  }
  const read = readTables(schemaVersion, header.data.tables)
  if (!read.ok) return read
  const tables = read.value
  const { appVersion, created, checksum } = header.data
  return ok({ header: { format: BACKUP_FORMAT, schemaVersion, appVersion, created, checksum, counts: countsOf(tables) }, tables })
}

export interface MergeOutcome {
  tables: UserTables
  added: number
  replaced: number
  kept: number
}

/**
 * Current and incoming rows together: a row only in one side is kept; a row in both keeps the one
 * with the later `updated` (the current one on a tie). Nothing is duplicated: rows match by key.
 */
export function mergeTables(current: UserTables, incoming: UserTables): MergeOutcome {
  let added = 0
  let replaced = 0
  let kept = 0
  const merge = <T extends { updated?: string }>(mine: readonly T[], theirs: readonly T[], keyOf: (row: T) => string): T[] => {
    const out = new Map(mine.map((row) => [keyOf(row), row]))
    for (const row of theirs) {
      const existing = out.get(keyOf(row))
      if (!existing) {
        out.set(keyOf(row), row)
        added++
      } else if ((row.updated ?? '') > (existing.updated ?? '')) {
        out.set(keyOf(row), row)
        replaced++
      } else kept++
    }
    return [...out.values()]
  }
  const tables = canonical({
    annotations: merge(current.annotations, incoming.annotations, (r) => r.id),
    collections: merge(current.collections, incoming.collections, (r) => r.id),
    settings: merge(current.settings, incoming.settings, (r) => r.key),
    importedSources: merge(current.importedSources, incoming.importedSources, (r) => r.id),
    userInitiatives: merge(current.userInitiatives, incoming.userInitiatives, (r) => r.id),
    userMeetings: merge(current.userMeetings, incoming.userMeetings, (r) => r.id),
    corrections: merge(current.corrections, incoming.corrections, (r) => r.id),
    userParties: merge(current.userParties, incoming.userParties, (r) => r.id)
  })
  return { tables, added, replaced, kept }
}

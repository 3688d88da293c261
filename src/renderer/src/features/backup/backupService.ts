/**
 * Back up and restore the user's tables. A restore reads and checks the whole file first
 * (`readBackup`), then, in one transaction, keeps an automatic backup of what was there and
 * replaces or merges; any failure rolls everything back.
 */
import { countsOf, createBackup, mergeTables, readBackup, type UserTables } from '@shared/backup/backup'
import { linkedMentions, recordTerms } from '@shared/mentions/findMentions'
import type { Annotation } from '@shared/model/annotation'
import type { Result } from '@shared/result'
import { fail, ok } from '@shared/result'
import { staleBackups } from '@shared/backup/rotation'
import { describeStorageError } from '@shared/storageErrors'
import Dexie from 'dexie'
import { announceRestore } from '../windows/otherWindows'
import { db, isUsers, storedMention, type DeskDatabase, type StoredBackup } from '../../db/db'
import { exclusively } from '../../db/locks'
import { desk } from '../../platform/desk'

export async function readUserTables(database: DeskDatabase = db): Promise<UserTables> {
  const [annotations, collections, settings, importedSources, userInitiatives, userMeetings, corrections, userParties] = await Promise.all([
    database.annotations.toArray(),
    database.collections.toArray(),
    database.settings.toArray(),
    database.sources.filter(isUsers).toArray(),
    database.initiatives.filter(isUsers).toArray(),
    database.meetings.filter(isUsers).toArray(),
    database.corrections.toArray(),
    database.parties.filter(isUsers).toArray()
  ])
  return {
    annotations,
    collections,
    settings,
    // Rows marked as the user's: an imported source, an initiative or meeting from a suggestion.
    importedSources: importedSources as UserTables['importedSources'],
    userInitiatives: userInitiatives as UserTables['userInitiatives'],
    userMeetings: userMeetings as UserTables['userMeetings'],
    corrections,
    userParties: userParties as UserTables['userParties']
  }
}

/** Every table a restore writes, in one transaction (drafts: `clearReplacedDrafts`). */
const restoreTables = (d: DeskDatabase) => [d.annotations, d.collections, d.settings, d.backups, d.sources, d.initiatives, d.meetings, d.parties, d.mentions, d.drafts, d.corrections]

/**
 * Puts the user's records back and links them again: mentions in imported sources of every known
 * record, and mentions of the user's own records in every source. Runs inside the restore's
 * transaction.
 */
async function writeUserRecords(database: DeskDatabase, tables: UserTables): Promise<void> {
  const oldSources = await database.sources.filter(isUsers).primaryKeys()
  const oldInitiatives = await database.initiatives.filter(isUsers).primaryKeys()
  const oldMeetings = await database.meetings.filter(isUsers).primaryKeys()
  const oldParties = await database.parties.filter(isUsers).primaryKeys()
  const stale = new Set([...oldSources, ...oldInitiatives, ...oldMeetings, ...oldParties])
  await database.mentions.filter((m) => stale.has(m.sourceId) || stale.has(m.entityId)).delete()
  await database.sources.bulkDelete(oldSources)
  await database.initiatives.bulkDelete(oldInitiatives)
  await database.meetings.bulkDelete(oldMeetings)
  await database.parties.bulkDelete(oldParties)
  await database.sources.bulkPut(tables.importedSources)
  await database.initiatives.bulkPut(tables.userInitiatives)
  await database.meetings.bulkPut(tables.userMeetings)
  await database.parties.bulkPut(tables.userParties)
  if (!tables.importedSources.length && !tables.userInitiatives.length && !tables.userMeetings.length && !tables.userParties.length) return
  const [initiatives, meetings, parties, sources] = await Promise.all([database.initiatives.toArray(), database.meetings.toArray(), database.parties.toArray(), database.sources.toArray()])
  const allTerms = recordTerms({ initiatives, meetings, parties })
  const userTerms = recordTerms({ initiatives: initiatives.filter(isUsers), meetings: meetings.filter(isUsers), parties: parties.filter(isUsers) })
  const rows = sources.flatMap((source) => linkedMentions(source.text, isUsers(source) ? allTerms : userTerms, source.id))
  await database.mentions.bulkPut(rows.map(storedMention))
}

/**
 * Deletes the drafts of notes the restore replaced or removed: they were typed over text that is
 * gone. A note the restore left as it was keeps its draft. Runs inside the restore's transaction.
 */
async function clearReplacedDrafts(
  database: DeskDatabase,
  before: readonly Annotation[],
  after: readonly Annotation[]
): Promise<void> {
  const now = new Map(after.map((a) => [a.id, a]))
  const same = (a: Annotation): boolean => now.get(a.id)?.updated === a.updated && now.get(a.id)?.body === a.body
  const unchanged = new Set(before.filter(same).map((a) => a.id))
  const ids = await database.drafts.toCollection().primaryKeys()
  await database.drafts.bulkDelete(ids.filter((id) => !unchanged.has(id)))
}

export const backupFileName = (date: Date): string => `asean-digital-desk-backup-${date.toISOString().slice(0, 10)}.json`

/** The backup file of the user's tables now, and how many rows of each it holds. */
export async function makeBackup(appVersion: string, database: DeskDatabase = db): Promise<{ text: string; counts: Record<keyof UserTables, number> }> {
  const tables = await readUserTables(database)
  return { text: await createBackup(tables, appVersion, new Date().toISOString()), counts: countsOf(tables) }
}

const isEmpty = (t: UserTables): boolean => t.annotations.length + t.collections.length + t.importedSources.length + t.userInitiatives.length + t.userMeetings.length + t.corrections.length + t.userParties.length === 0

/**
 * A backup of `tables` as a database row. Made outside any transaction: Web Crypto's checksum is
 * not an IndexedDB operation, and awaiting it inside one would commit the transaction early.
 */
async function automaticBackup(tables: UserTables, reason: string, appVersion: string): Promise<StoredBackup | null> {
  if (isEmpty(tables)) return null
  const created = new Date().toISOString()
  return {
    id: `auto-${created}-${Math.random().toString(36).slice(2, 8)}`,
    created,
    reason,
    counts: countsOf(tables),
    content: await createBackup(tables, appVersion, created)
  }
}

/**
 * Stores an automatic backup, keeping the newest few within a total size (`staleBackups`). Runs
 * inside the caller's transaction. Sizes are read one row at a time: each may be large.
 */
async function keep(database: DeskDatabase, row: StoredBackup): Promise<void> {
  await database.backups.put(row)
  const newestFirst = await database.backups.orderBy('created').reverse().primaryKeys()
  const sizes = new Map<string, number>()
  for (const id of newestFirst) sizes.set(id, id === row.id ? row.content.length : ((await database.backups.get(id))?.content.length ?? 0))
  const stale = staleBackups(newestFirst, (id) => sizes.get(id) ?? 0)
  if (stale.length) await database.backups.bulkDelete(stale)
}

/**
 * Also keeps `row` as a file outside IndexedDB (the desktop app's data folder, or the browser's
 * private file storage), so it survives a lost database. Best effort: the database copy is kept
 * either way, and a failure only leaves a warning in the console.
 */
async function copyToFile(row: StoredBackup | null): Promise<void> {
  if (!row) return
  const written = await desk.writeAutomaticBackup(row.created, row.content).catch((error: unknown) => fail(String(error)))
  if (!written.ok) console.warn(`The automatic backup was kept in the database but not as a file: ${written.error}`)
}

/** A copy of the user's tables now, kept in the database and as a file, restorable from Settings. */
async function backupNow(database: DeskDatabase, reason: string, appVersion: string): Promise<StoredBackup | null> {
  const row = await automaticBackup(await readUserTables(database), reason, appVersion)
  if (row) await database.transaction('rw', database.backups, () => keep(database, row))
  await copyToFile(row)
  return row
}

/** Before a dataset upgrade. */
export const backupBeforeDatasetUpgrade = (database: DeskDatabase, from: string, to: string, appVersion: string): Promise<StoredBackup | null> =>
  backupNow(database, `before the dataset upgrade from ${from} to ${to}`, appVersion)

/** Before an import. */
export const backupBeforeImport = (appVersion: string, database: DeskDatabase = db): Promise<StoredBackup | null> =>
  backupNow(database, 'before an import', appVersion)

export type RestoreMode = 'replace' | 'merge'

export interface RestorePreview {
  text: string
  created: string
  appVersion: string
  schemaVersion: number
  counts: Record<keyof UserTables, number>
}

/** Checks a backup file without writing anything. */
export async function previewBackup(text: string): Promise<Result<RestorePreview>> {
  const read = await readBackup(text)
  if (!read.ok) return read
  const { header } = read.value
  return ok({ text, created: header.created, appVersion: header.appVersion, schemaVersion: header.schemaVersion, counts: header.counts })
}

export interface RestoreOutcome {
  mode: RestoreMode
  annotations: number
  collections: number
  sources: number
  added: number
  replaced: number
  kept: number
  automaticBackup: boolean
}

class ChangedMeanwhile extends Error {}

/**
 * Restores `text` in one transaction, after keeping an automatic backup of what was there. On any
 * failure the database is as it was. If the user's data changes between taking the automatic
 * backup and the transaction (another tab, an autosave), it starts again. Runs under the
 * wholesale-change lock, so no other window restores or upgrades the dataset meanwhile.
 */
export async function restoreBackup(text: string, mode: RestoreMode, appVersion: string, database: DeskDatabase = db): Promise<Result<RestoreOutcome>> {
  const read = await readBackup(text)
  if (!read.ok) return read
  const incoming = read.value.tables
  return exclusively(() => restoreTablesOf(incoming, mode, appVersion, database))
}

async function restoreTablesOf(incoming: UserTables, mode: RestoreMode, appVersion: string, database: DeskDatabase): Promise<Result<RestoreOutcome>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await readUserTables(database)
    const saved = await automaticBackup(before, 'before a restore', appVersion)
    try {
      const outcome = await database.transaction('rw', restoreTables(database), async () => {
        const current = await readUserTables(database)
        if (JSON.stringify(current) !== JSON.stringify(before)) throw new ChangedMeanwhile()
        if (saved) await keep(database, saved)
        const merged =
          mode === 'merge'
            ? mergeTables(current, incoming)
            : { tables: incoming, added: Object.values(countsOf(incoming)).reduce((a, b) => a + b, 0), replaced: 0, kept: 0 }
        await Promise.all([database.annotations.clear(), database.collections.clear(), database.settings.clear(), database.corrections.clear()])
        await database.corrections.bulkPut(merged.tables.corrections)
        await database.annotations.bulkPut(merged.tables.annotations)
        await database.collections.bulkPut(merged.tables.collections)
        await database.settings.bulkPut(merged.tables.settings)
        await writeUserRecords(database, merged.tables)
        await clearReplacedDrafts(database, current.annotations, merged.tables.annotations)
        Dexie.currentTransaction.on('complete', announceRestore)
        return {
          mode,
          annotations: merged.tables.annotations.length,
          collections: merged.tables.collections.length,
          sources: merged.tables.importedSources.length,
          added: merged.added,
          replaced: merged.replaced,
          kept: merged.kept,
          automaticBackup: saved !== null
        }
      })
      await copyToFile(saved)
      return ok(outcome)
    } catch (error) {
      if (error instanceof ChangedMeanwhile) continue
      return fail(describeStorageError(error, { happened: 'the restore was undone and nothing changed', kept: 'your notes are as they were' }))
    }
  }
  return fail('Your data kept changing while restoring, so nothing was changed. Close other windows of the app and try again.')
}

/**
 * The one IndexedDB database, through Dexie. Dataset tables are replaced wholesale when a newer
 * dataset ships; user tables are never touched by that. Schema changes add a `version(n)`; a data
 * change adds `.upgrade()`; never delete a version that has one.
 */
import Dexie, { type DBCore, type Middleware, type Table } from 'dexie'
import type { Initiative, Meeting, Mention, Party, Source, Theme } from '@shared/model/dataset'
import type { Annotation, Collection } from '@shared/model/annotation'
import type { SerializedIndex } from '@shared/search/engine'
import type { Correction } from '@shared/model/userRecords'
import type { HistoryEntry } from '@shared/curation/history'
import { noteToAnnotation, type NoteRowV1, type SettingRow, type UserTables } from '@shared/backup/backup'

export type { SettingRow }

export const DB_NAME = 'asean-digital-desk'
export const DB_VERSION = 8

/** Marks a record the user made (an imported source, an initiative from a suggestion). */
export interface UserMark {
  origin?: 'user'
  /** When the user created or last changed it. */
  updated?: string
  /** Fields the user typed by hand, with no quote behind them (`dates`, `place`, `chair` …). */
  handFields?: string[]
  /** Every change the user made to it (`curation/history.ts`). */
  history?: HistoryEntry[]
}

export type StoredSource = Source &
  UserMark & {
    text: string
    /** For imported sources: hash of the normalised text (duplicates), file name, PDF pages. */
    contentHash?: string
    fileName?: string
    imported?: string
    pages?: { page: number; start: number }[]
  }
export type StoredInitiative = Initiative & UserMark

/** Whether the user made this record (imported it, or added it from a suggestion). */
export const isUsers = (row: UserMark): boolean => row.origin === 'user'

/** A mention as the database keeps it: keyed by where it stands and what it names. */
export const storedMention = (m: Mention): StoredMention => ({ ...m, key: `${m.sourceId}:${m.start}:${m.entityType}:${m.entityId}` })
export type StoredMeeting = Meeting & UserMark
export type StoredParty = Party & UserMark
export type StoredMention = Mention & { key: string }

export interface MetaRow {
  key: string
  value: unknown
}

/**
 * `meta` row the search service writes with the index it stores: the text bytes and passages of
 * the sources in it (`IndexedContent`), so an import can count the index's rewrite without
 * reading every text.
 */
export const SEARCH_INDEX_CONTENT_KEY = 'searchIndexContent'

/** A serialised lunr index and the content version it was built from. */
export interface StoredSearchIndex {
  key: string
  contentVersion: string
  data: SerializedIndex
  built: string
  /**
   * The sources and user records it holds, each with the version it holds (`updated`); in the
   * segment of changes since the large index was built, `''` marks one removed since.
   */
  units?: Record<string, string>
}

/** A backup file kept inside the database, taken automatically before a risky change. */
export interface StoredBackup {
  id: string
  created: string
  reason: string
  counts: Record<keyof UserTables, number>
  /** The backup file's text, exactly as "Back up…" would write it. */
  content: string
}

/**
 * Text typed into a note and not yet saved, kept so a crash loses at most the last second. Written
 * in transactions of its own with strict durability (see `strictUserWrites`); never backed up.
 */
export interface StoredDraft {
  /** The annotation's id. */
  id: string
  text: string
  /** The stored annotation's `updated` when this text was typed over it. */
  basedOn: string
  /** When the draft was written (ISO time). */
  time: string
}

/**
 * Tables that hold the user's own work, or its safety copies. A transaction that writes any of them
 * (a note, a highlight, a collection, a setting, a draft, a restore, an automatic backup) asks
 * IndexedDB for strict durability: committed means on disk, not only in the OS cache, so a power cut
 * right after "Saved" loses nothing. These writes are small and made by hand, so the flush costs
 * little. Everything else (imports, the dataset, the search cache) stays relaxed, below: Chromium's
 * flush per transaction made bulk imports several times slower, and all of it can be made again.
 */
export const STRICT_STORES: ReadonlySet<string> = new Set(['annotations', 'collections', 'settings', 'drafts', 'backups', 'corrections'])

const strictUserWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'strictUserWrites',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const strict = mode === 'readwrite' && stores.some((store) => STRICT_STORES.has(store))
      return down.transaction(stores, mode, strict ? { ...options, durability: 'strict' } : options)
    }
  })
}

export class DeskDatabase extends Dexie {
  meta!: Table<MetaRow, string>
  sources!: Table<StoredSource, string>
  meetings!: Table<StoredMeeting, string>
  initiatives!: Table<StoredInitiative, string>
  parties!: Table<StoredParty, string>
  themes!: Table<Theme, string>
  mentions!: Table<StoredMention, string>
  settings!: Table<SettingRow, string>
  annotations!: Table<Annotation, string>
  collections!: Table<Collection, string>
  searchIndexes!: Table<StoredSearchIndex, string>
  backups!: Table<StoredBackup, string>
  drafts!: Table<StoredDraft, string>
  corrections!: Table<Correction, string>

  constructor(name = DB_NAME) {
    // Relaxed durability by default, strict for the user's own work (`strictUserWrites`).
    super(name, { chromeTransactionDurability: 'relaxed' })
    this.version(1).stores({
      meta: 'key',
      sources: 'id, publishedOn',
      meetings: 'id, series, startDate',
      initiatives: 'id, name, kind, *themes, *partners',
      parties: 'id, kind',
      themes: 'id',
      mentions: 'key, sourceId, entityId',
      settings: 'key',
      notes: 'id, [targetType+targetId], updated, *tags'
    })
    // Version 2: notes and highlights become annotations (W3C model); collections arrive.
    this.version(2)
      .stores({
        notes: null,
        annotations: 'id, kind, [targetType+targetId], updated, *tags, *links',
        collections: 'id, name, updated'
      })
      .upgrade(async (tx) => {
        const notes = (await tx.table('notes').toArray()) as NoteRowV1[]
        await tx.table('annotations').bulkAdd(notes.map(noteToAnnotation))
      })
    // Version 3: serialised search indexes, a cache rebuilt whenever its content version differs.
    this.version(3).stores({ searchIndexes: 'key' })
    // Version 4: automatic backups taken before a restore or a dataset upgrade.
    this.version(4).stores({ backups: 'id, created' })
    // Version 5: imported sources are found by text hash (duplicates), URL and file name (new versions).
    this.version(5).stores({ sources: 'id, publishedOn, contentHash, url, fileName' })
    // Version 6: imported sources by when they last changed (`userContentSignature`).
    this.version(6).stores({ sources: 'id, publishedOn, contentHash, url, fileName, updated' })
    // Version 7: unsaved note text, by annotation id (`features/annotations/drafts.ts`).
    this.version(7).stores({ drafts: 'id' })
    // Version 8: the user's readings of shipped facts, by the record they correct (`features/curation/corrections.ts`).
    this.version(8).stores({ corrections: 'id, targetId, updated' })
    this.use(strictUserWrites)
  }
}

/**
 * Opens `database` again if Dexie gave up on it. A full disk makes Chromium close the connection;
 * Dexie reopens once and, if that fails, stays closed, rejecting every later query until someone
 * calls `open()`. Rejects if it still cannot be opened.
 */
export async function reopenIfClosed(database: Dexie): Promise<void> {
  if (!database.isOpen()) await database.open()
}

/**
 * What of the searchable content the user changed: each imported source (by when it last changed,
 * read from an index, never its text) and each record they added. Equal signatures, same content.
 */
export async function userContentSignature(database: DeskDatabase): Promise<string> {
  const [stamps, ids, initiatives, meetings, parties] = await Promise.all([
    database.sources.orderBy('updated').keys(),
    database.sources.orderBy('updated').primaryKeys(),
    database.initiatives.filter(isUsers).toArray(),
    database.meetings.filter(isUsers).toArray(),
    database.parties.filter(isUsers).toArray()
  ])
  const records = [...initiatives, ...meetings, ...parties].map((x) => `${x.id}@${x.updated ?? ''}`).sort()
  return [...ids.map((id, i) => `${id}@${String(stamps[i])}`), ...records].join('|')
}

/** Tables filled from the shipped dataset; replaced together on a dataset upgrade. */
/** Tables that hold the user's own work; a dataset upgrade never writes to them. */
export const USER_TABLES = ['settings', 'annotations', 'collections', 'corrections'] as const

export const DATASET_TABLES = ['sources', 'meetings', 'initiatives', 'parties', 'themes', 'mentions'] as const

export const db = new DeskDatabase()

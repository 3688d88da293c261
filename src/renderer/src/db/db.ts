/**
 * The one IndexedDB database, through Dexie. Dataset tables are replaced wholesale when a newer
 * dataset ships; user tables are never touched by that. Schema changes add a `version(n)`; a data
 * change adds `.upgrade()`; never delete a version that has one.
 */
import Dexie, { type Table } from 'dexie'
import type { Initiative, Meeting, Mention, Party, Source, Theme } from '@shared/model/dataset'
import type { Annotation, Collection } from '@shared/model/annotation'
import type { SerializedIndex } from '@shared/search/engine'

export const DB_NAME = 'asean-digital-desk'
export const DB_VERSION = 3

export type StoredSource = Source & { text: string }
export type StoredMention = Mention & { key: string }

export interface MetaRow {
  key: string
  value: unknown
}

/** Version 1's note on a dataset entity; version 2 moved these into `annotations`. */
export interface NoteRowV1 {
  id: string
  targetType: 'initiative' | 'meeting' | 'party' | 'source'
  targetId: string
  body: string
  tags: string[]
  created: string
  updated: string
  deleted?: string | null
}

/** A serialised lunr index and the content version it was built from. */
export interface StoredSearchIndex {
  key: string
  contentVersion: string
  data: SerializedIndex
  built: string
}

export interface SettingRow {
  key: string
  value: unknown
  updated: string
}

export class DeskDatabase extends Dexie {
  meta!: Table<MetaRow, string>
  sources!: Table<StoredSource, string>
  meetings!: Table<Meeting, string>
  initiatives!: Table<Initiative, string>
  parties!: Table<Party, string>
  themes!: Table<Theme, string>
  mentions!: Table<StoredMention, string>
  settings!: Table<SettingRow, string>
  annotations!: Table<Annotation, string>
  collections!: Table<Collection, string>
  searchIndexes!: Table<StoredSearchIndex, string>

  constructor(name = DB_NAME) {
    super(name)
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
  }
}

/** Tables filled from the shipped dataset; replaced together on a dataset upgrade. */
/** Version 1 notes as version 2 annotations: same id, text, tags and times. */
export function noteToAnnotation(note: NoteRowV1): Annotation {
  return {
    id: note.id,
    kind: 'note',
    targetType: note.targetType,
    targetId: note.targetId,
    body: note.body,
    tags: note.tags,
    links: [],
    created: note.created,
    updated: note.updated,
    deleted: note.deleted ?? null
  }
}

/** Tables that hold the user's own work; a dataset upgrade never writes to them. */
export const USER_TABLES = ['settings', 'annotations', 'collections'] as const

export const DATASET_TABLES = ['sources', 'meetings', 'initiatives', 'parties', 'themes', 'mentions'] as const

export const db = new DeskDatabase()

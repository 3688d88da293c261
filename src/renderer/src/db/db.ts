/**
 * The one IndexedDB database, through Dexie. Dataset tables are replaced wholesale when a newer
 * dataset ships; user tables are never touched by that. Schema changes add a `version(n)`; a data
 * change adds `.upgrade()`; never delete a version that has one.
 */
import Dexie, { type Table } from 'dexie'
import type { Initiative, Meeting, Mention, Party, Source, Theme } from '@shared/model/dataset'

export const DB_NAME = 'asean-digital-desk'
export const DB_VERSION = 1

export type StoredSource = Source & { text: string }
export type StoredMention = Mention & { key: string }

export interface MetaRow {
  key: string
  value: unknown
}

/** A user's note on a dataset entity. Points at dataset ids, which never change meaning. */
export interface NoteRow {
  id: string
  targetType: 'initiative' | 'meeting' | 'party' | 'source'
  targetId: string
  body: string
  tags: string[]
  created: string
  updated: string
  deleted?: string | null
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
  notes!: Table<NoteRow, string>

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
  }
}

/** Tables filled from the shipped dataset; replaced together on a dataset upgrade. */
/** Tables that hold the user's own work; a dataset upgrade never writes to them. */
export const USER_TABLES = ['settings', 'notes'] as const

export const DATASET_TABLES = ['sources', 'meetings', 'initiatives', 'parties', 'themes', 'mentions'] as const

export const db = new DeskDatabase()

/**
 * The backup file: every user table, the schema and app versions, and a SHA-256 checksum of the
 * tables. Pure (Web Crypto exists in browsers, workers and Node 20), so the renderer writes and
 * reads it and the tests check every corrupt-file case without a database.
 *
 * Reading validates the whole file before anything is written: a truncated, edited, foreign or
 * newer file is refused with a sentence that says which.
 */
import { compareText } from '../text/compare'
import { z } from 'zod'
import { HIGHLIGHT_COLORS, type Annotation, type Collection } from '../model/annotation'
import { fail, ok, type Result } from '../result'

export const BACKUP_FORMAT = 'asean-digital-desk-backup'
/** The database schema whose user tables this app writes; older backups are upgraded on read. */
export const BACKUP_SCHEMA_VERSION = 4

export interface SettingRow {
  key: string
  value: unknown
  updated: string
}

/** A record the user made: an imported source, or an initiative or meeting from a suggestion. */
export interface UserRecord {
  id: string
  origin: 'user'
  updated?: string
  [field: string]: unknown
}

export interface UserTables {
  annotations: Annotation[]
  collections: Collection[]
  settings: SettingRow[]
  /** Since data version 4. */
  importedSources: UserRecord[]
  userInitiatives: UserRecord[]
  userMeetings: UserRecord[]
}

export const USER_TABLE_NAMES = ['annotations', 'collections', 'settings', 'importedSources', 'userInitiatives', 'userMeetings'] as const

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  appVersion: string
  created: string
  counts: Record<keyof UserTables, number>
  checksum: string
  tables: UserTables
}

const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'an ISO 8601 time')

const selectorSchema = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  contentHash: z.string()
})

const annotationSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['note', 'highlight']),
  targetType: z.enum(['initiative', 'meeting', 'party', 'source']),
  targetId: z.string().min(1),
  selector: selectorSchema.optional(),
  body: z.string(),
  tags: z.array(z.string()),
  color: z.enum(HIGHLIGHT_COLORS).optional(),
  links: z.array(z.string()),
  created: isoTime,
  updated: isoTime,
  deleted: isoTime.nullable(),
  orphaned: z.boolean().optional()
})

const collectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  items: z.array(z.object({ type: z.enum(['initiative', 'meeting', 'source', 'annotation']), id: z.string().min(1) })),
  created: isoTime,
  updated: isoTime,
  deleted: isoTime.nullable()
})

const settingSchema = z.object({ key: z.string().min(1), value: z.unknown(), updated: isoTime })

/** The user's records keep the dataset's shape, checked where the app relies on it. */
const userRecordSchema = z.looseObject({ id: z.string().min(1), origin: z.literal('user'), updated: isoTime.optional() })
const importedSourceSchema = userRecordSchema.extend({ title: z.string().min(1), text: z.string(), language: z.string(), format: z.enum(['html', 'text', 'markdown', 'pdf']) })
const userInitiativeSchema = userRecordSchema.extend({ name: z.string().min(1), kind: z.string(), aliases: z.array(z.string()), evidence: z.array(z.unknown()) })
const userMeetingSchema = userRecordSchema.extend({ name: z.string().min(1), series: z.string(), evidence: z.array(z.unknown()).min(1) })

const tablesSchema = z.object({
  annotations: z.array(annotationSchema),
  collections: z.array(collectionSchema),
  settings: z.array(settingSchema),
  importedSources: z.array(importedSourceSchema).default([]),
  userInitiatives: z.array(userInitiativeSchema).default([]),
  userMeetings: z.array(userMeetingSchema).default([])
})

/** Version 1 kept notes in their own table; version 2 made them annotations. */
const noteV1Schema = z.object({
  id: z.string().min(1),
  targetType: z.enum(['initiative', 'meeting', 'party', 'source']),
  targetId: z.string().min(1),
  body: z.string(),
  tags: z.array(z.string()),
  created: isoTime,
  updated: isoTime,
  deleted: isoTime.nullable().optional()
})
const tablesV1Schema = z.object({ notes: z.array(noteV1Schema), settings: z.array(settingSchema).default([]) })

export type NoteRowV1 = z.infer<typeof noteV1Schema>

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
    userMeetings: byId(tables.userMeetings)
  }
}

export const countsOf = (t: UserTables): Record<keyof UserTables, number> => ({
  annotations: t.annotations.length,
  collections: t.collections.length,
  settings: t.settings.length,
  importedSources: t.importedSources.length,
  userInitiatives: t.userInitiatives.length,
  userMeetings: t.userMeetings.length
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
  let tables: UserTables
  if (schemaVersion === 1) {
    const old = tablesV1Schema.safeParse(header.data.tables)
    if (!old.success) return fail(`The backup's data is damaged (${issue(old.error)}). Nothing was changed.`)
    tables = { annotations: old.data.notes.map(noteToAnnotation), collections: [], settings: old.data.settings as SettingRow[], importedSources: [], userInitiatives: [], userMeetings: [] }
  } else {
    const parsed = tablesSchema.safeParse(header.data.tables)
    if (!parsed.success) return fail(`The backup's data is damaged (${issue(parsed.error)}). Nothing was changed.`)
    tables = parsed.data as UserTables
  }
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
    userMeetings: merge(current.userMeetings, incoming.userMeetings, (r) => r.id)
  })
  return { tables, added, replaced, kept }
}

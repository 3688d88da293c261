/**
 * The tables of a backup file, for every data version it may come from, checked row by row with
 * the schemas of the stored records (`model/*`), so a restore writes only what the screens can
 * show. A row that breaks its schema refuses the whole backup with a sentence naming the record
 * and the field. Fields that records made by earlier builds lack are filled with their defaults.
 *
 * Data versions (`schemaVersion` in the file):
 *  1. notes in their own table, and settings (the first release's database);
 *  2. annotations (notes and highlights) and collections replace notes;
 *  3. the same user tables (the first version written to backup files);
 *  4. the user's imported sources, initiatives and meetings join them;
 *  5. the user's corrections of shipped facts join them;
 *  6. partners the user added (from suggestions) join them, and records carry their history.
 * When adding a version: give its tables here, with an upgrade to the current ones, and a fixture
 * of a file it writes in `test/fixtures/backup/`.
 */
import { z } from 'zod'
import { annotationSchema, tagsSchema, type Annotation, type Collection, collectionSchema, TARGET_TYPES } from '../model/annotation'
import { isoTime } from '../model/primitives'
import { settingSchema, type SettingRow } from '../model/settings'
import {
  correctionSchema,
  importedSourceSchema,
  userInitiativeSchema,
  userMeetingSchema,
  userPartySchema,
  type Correction,
  type ImportedSource,
  type UserInitiative,
  type UserMeeting,
  type UserParty
} from '../model/userRecords'
import { fail, ok, type Result } from '../result'

export interface UserTables {
  annotations: Annotation[]
  collections: Collection[]
  settings: SettingRow[]
  /** Since data version 4. */
  importedSources: ImportedSource[]
  userInitiatives: UserInitiative[]
  userMeetings: UserMeeting[]
  /** Since data version 5. */
  corrections: Correction[]
  /** Since data version 6. */
  userParties: UserParty[]
}

/** Version 1 kept notes in their own table; version 2 made them annotations. */
const noteV1Schema = z.object({
  id: z.string().min(1),
  targetType: z.enum(TARGET_TYPES),
  targetId: z.string().min(1),
  body: z.string(),
  tags: tagsSchema,
  created: isoTime,
  updated: isoTime,
  deleted: isoTime.nullable().optional()
})
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

type Row = Record<string, unknown>

/** A table: its rows' schema, what names one of its rows for the user, and its key. */
interface TableSpec {
  schema: z.ZodType
  /** Older data versions lack the table: read as empty. */
  mayLack?: true
  name: (row: Row) => string
  title: (row: Row) => unknown
  key: 'id' | 'key'
}

const firstLine = (text: unknown): unknown => (typeof text === 'string' ? text.trim().split('\n')[0] : undefined)
const quoteOf = (row: Row): unknown => (row['selector'] as { quote?: { exact?: unknown } } | undefined)?.quote?.exact

const TABLES = {
  notes: { schema: noteV1Schema, name: () => 'note', title: (r) => firstLine(r['body']), key: 'id' },
  annotations: { schema: annotationSchema, name: (r) => (r['kind'] === 'highlight' ? 'highlight' : 'note'), title: (r) => firstLine(r['body']) || quoteOf(r), key: 'id' },
  collections: { schema: collectionSchema, name: () => 'collection', title: (r) => r['name'], key: 'id' },
  settings: { schema: settingSchema, mayLack: true, name: () => 'setting', title: (r) => r['key'], key: 'key' },
  importedSources: { schema: importedSourceSchema, mayLack: true, name: () => 'imported source', title: (r) => r['title'], key: 'id' },
  userInitiatives: { schema: userInitiativeSchema, mayLack: true, name: () => 'initiative you added', title: (r) => r['name'], key: 'id' },
  userMeetings: { schema: userMeetingSchema, mayLack: true, name: () => 'meeting you added', title: (r) => r['name'], key: 'id' },
  corrections: { schema: correctionSchema, mayLack: true, name: () => 'correction', title: (r) => r['field'], key: 'id' },
  userParties: { schema: userPartySchema, mayLack: true, name: () => 'partner you added', title: (r) => r['name'], key: 'id' }
} satisfies Record<string, TableSpec>
type TableName = keyof typeof TABLES

/** The tables of each data version's files. */
const TABLES_OF = (version: number): TableName[] =>
  version === 1 ? ['notes', 'settings'] : ['annotations', 'collections', 'settings', 'importedSources', 'userInitiatives', 'userMeetings', 'corrections', 'userParties']

const quoted = (text: unknown): string => {
  const chars = [...(typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '')]
  return chars.length ? ` “${chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('')}”` : ''
}

/** `imported source “Title” (user-1234)`, `setting “theme”`, or as much as the row offers. */
function describeRow(spec: TableSpec, row: unknown, index: number): string {
  const r = typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Row) : {}
  const title = quoted(spec.title(r))
  const id = spec.key === 'id' && typeof r['id'] === 'string' && r['id'] ? ` (${r['id']})` : ''
  return title || id ? `${spec.name(r)}${title}${id}` : `${spec.name(r)} no. ${index + 1}`
}

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, p) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined), value)

const TYPE_WORDS: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' }

/** What is wrong with a field, as the end of a sentence that starts with its name. */
function describeProblem(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is missing'
  if (issue.message.startsWith('must ')) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`
    case 'invalid_value': {
      const shown = issue.values.slice(0, 8).map((v) => JSON.stringify(v))
      return issue.values.length === 1 ? `must be ${shown[0]}` : `must be one of ${shown.join(', ')}${issue.values.length > 8 ? ', …' : ''}`
    }
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      const most = issue.code === 'too_small' ? 'at least' : 'at most'
      if (issue.origin === 'string') return issue.code === 'too_small' && bound === 1 ? 'must not be empty' : `must have ${most} ${bound} characters`
      if (issue.origin === 'array') return `must have ${most} ${bound} ${bound === 1 ? 'entry' : 'entries'}`
      return `must be ${most} ${bound}`
    }
    default:
      return 'is not valid'
  }
}

const refusal = (what: string): Result<never> => fail(`Backup refused: ${what}. Nothing was changed.`)

/** One table's rows, each parsed with its schema; the first row that fails refuses the backup. */
function readTable(name: TableName, raw: unknown, version: number): Result<unknown[]> {
  const spec: TableSpec = TABLES[name]
  if (raw === undefined && spec.mayLack) return ok([])
  if (!Array.isArray(raw)) return refusal(`its ${name} table ${raw === undefined ? 'is missing' : 'must be a list'}`)
  const rows: unknown[] = []
  const seen = new Set<unknown>()
  for (const [index, row] of raw.entries()) {
    const parsed = spec.schema.safeParse(row)
    if (!parsed.success) {
      const [issue, ...more] = parsed.error.issues
      const where = describeRow(spec, row, index)
      if (!issue || issue.path.length === 0) return refusal(`${where} is not a record of data version ${version}`)
      const extra = more.length ? ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})` : ''
      return refusal(`${where}: ${fieldPath(issue.path)} ${describeProblem(issue, valueAt(row, issue.path))}${extra}`)
    }
    const key = (parsed.data as Row)[spec.key]
    if (seen.has(key)) return refusal(`${describeRow(spec, row, index)} appears twice`)
    seen.add(key)
    rows.push(parsed.data)
  }
  return ok(rows)
}

/** The tables of a backup of data `version`, checked and upgraded to the current version. */
export function readTables(version: number, raw: Readonly<Record<string, unknown>>): Result<UserTables> {
  const read: Partial<Record<TableName, unknown[]>> = {}
  for (const name of TABLES_OF(version)) {
    const rows = readTable(name, raw[name], version)
    if (!rows.ok) return rows
    read[name] = rows.value
  }
  return ok({
    annotations: version === 1 ? (read.notes as NoteRowV1[]).map(noteToAnnotation) : (read.annotations as Annotation[]),
    collections: (read.collections ?? []) as Collection[],
    settings: read.settings as SettingRow[],
    importedSources: (read.importedSources ?? []) as ImportedSource[],
    userInitiatives: (read.userInitiatives ?? []) as UserInitiative[],
    userMeetings: (read.userMeetings ?? []) as UserMeeting[],
    corrections: (read.corrections ?? []) as Correction[],
    userParties: (read.userParties ?? []) as UserParty[]
  })
}

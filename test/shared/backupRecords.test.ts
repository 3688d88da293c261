import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_SCHEMA_VERSION, readBackup, type UserTables } from '../../src/shared/backup/backup'
import { toRow } from '../../src/renderer/src/features/initiatives/catalogue'
import { datasetDocuments } from '../../src/shared/search/documents'
import { craftBackup, fileWithTables, importedSource, T, userInitiative, userMeeting, without } from '../support/backupRows'

const note = { id: 'n-1', kind: 'note', targetType: 'initiative', targetId: 'adm-2030', body: 'Chapter 2 **first**', tags: ['chapter-2'], links: [], created: T, updated: T, deleted: null }

const EMPTY_TABLES = { annotations: [], collections: [], settings: [], importedSources: [], userInitiatives: [], userMeetings: [], corrections: [], userParties: [] }

async function refusal(tables: Record<string, unknown[]>): Promise<string> {
  const read = await readBackup(await craftBackup(tables))
  expect(read.ok).toBe(false)
  return read.ok ? '' : read.error
}

async function accepted(tables: Record<string, unknown[]>): Promise<UserTables> {
  const read = await readBackup(await craftBackup(tables))
  if (!read.ok) throw new Error(read.error)
  return read.value.tables
}

describe('backup rows checked as stored records', () => {
  it('refuses an imported source whose date is a number, naming the source and the field', async () => {
    const noCleaning = without(importedSource, 'cleaning')
    const error = await refusal({ importedSources: [{ ...noCleaning, publishedOn: 12345 }] })
    expect(error).toBe(
      'Backup refused: imported source “My imported release” (user-1234): publishedOn must be a date (YYYY-MM-DD, or YYYY-MM where only the month is known). Nothing was changed.'
    )
  })

  it('fills what an imported source made by an earlier build lacks (cleaning) and keeps the rest', async () => {
    const noCleaning = without(importedSource, 'cleaning')
    const [source] = (await accepted({ importedSources: [noCleaning] })).importedSources
    expect(source).toEqual({ ...importedSource, cleaning: [] })
  })

  it('gives an initiative without themes, partners or events empty lists, so the screens can read it', async () => {
    const bare = without(userInitiative, 'themes', 'partners', 'events', 'related')
    const tables = await accepted({ importedSources: [importedSource], userInitiatives: [bare] })
    const [initiative] = tables.userInitiatives
    expect(initiative).toMatchObject({ themes: [], partners: [], events: [], related: [] })
    // What the Initiatives screen and search build from it.
    expect(toRow(initiative!)).toMatchObject({ themes: [], eventCount: 0 })
    const docs = datasetDocuments({ initiatives: tables.userInitiatives, meetings: [], parties: [], sources: tables.importedSources })
    expect(docs.find((d) => d.id === initiative!.id)?.aliases).toContain('QDC')
  })

  const refused: [string, Record<string, unknown[]>, string][] = [
    ['an initiative whose themes are not a list', { userInitiatives: [{ ...userInitiative, themes: 'digital' }] }, 'initiative you added “Quokka Data Compact” (user-qdc-ab12): themes must be a list'],
    ['an initiative of an unknown kind', { userInitiatives: [{ ...userInitiative, kind: 'treaty' }] }, 'initiative you added “Quokka Data Compact” (user-qdc-ab12): kind must be one of "masterplan", "agreement",'],
    ['an event with a date that is not a date', { userInitiatives: [{ ...userInitiative, events: [{ meetingId: null, date: 'soon', action: 'adopted', note: '', evidence: userInitiative.evidence }] }] }, '(user-qdc-ab12): events[0].date must be a date'],
    ['a user record with a shipped record’s id', { userInitiatives: [{ ...userInitiative, id: 'adm-2030' }] }, 'initiative you added “Quokka Data Compact” (adm-2030): id must be an id starting with "user-"'],
    ['a meeting without evidence', { userMeetings: [{ ...userMeeting, evidence: undefined }] }, 'meeting you added “8th ADGMIN” (user-8th-adgmin-a9b8): evidence is missing'],
    ['a meeting with only a name', { userMeetings: [{ id: 'user-9', name: '9th ADGMIN', series: 'ADGMIN', origin: 'user' }] }, 'meeting you added “9th ADGMIN” (user-9): number is missing (and 9 more problems)'],
    ['an imported source without its text', { importedSources: [{ ...importedSource, text: undefined }] }, 'imported source “My imported release” (user-1234): text is missing'],
    ['a note whose tags are not a list', { annotations: [{ ...note, tags: 'a,b' }] }, 'note “Chapter 2 **first**” (n-1): tags must be a list'],
    ['a 10,000-character tag', { annotations: [{ ...note, tags: ['x'.repeat(10_000)] }] }, 'note “Chapter 2 **first**” (n-1): tags[0] must be a tag of at most 60 characters'],
    ['a highlight of an unknown colour', { annotations: [{ ...note, id: 'h-1', kind: 'highlight', body: '', color: 'mauve' }] }, 'highlight (h-1): color must be one of "yellow", "green", "blue", "pink"'],
    ['a collection item of an unknown type', { collections: [{ id: 'c-1', name: 'Reading', description: '', items: [{ type: 'podcast', id: 'x' }], created: T, updated: T, deleted: null }] }, 'collection “Reading” (c-1): items[0].type must be one of'],
    ['a theme setting the app does not know', { settings: [{ key: 'theme', value: 'purple', updated: T }] }, 'setting “theme”: value must be one of "system", "light", "dark"'],
    ['a row that is not a record', { annotations: [42] }, 'note no. 1 is not a record of data version 6'],
    ['a correction of a field meetings do not have', { corrections: [{ id: 'user-correction-1', targetType: 'meeting', targetId: 'adgmin-4', field: 'weather', value: {}, shipped: '', evidence: null, created: T, updated: T }] }, 'correction “weather” (user-correction-1): field must be one of "dates", "place"'],
    ['two notes with one id', { annotations: [note, { ...note, body: 'again' }] }, 'note “again” (n-1) appears twice']
  ]
  for (const [what, tables, message] of refused) {
    it(`refuses ${what}`, async () => {
      const error = await refusal(tables)
      expect(error.startsWith('Backup refused: ')).toBe(true)
      expect(error).toContain(message)
      expect(error.endsWith('Nothing was changed.')).toBe(true)
    })
  }

  it('refuses a table that is not a list, or a missing one', async () => {
    const notList = await readBackup(await fileWithTables(4, { ...EMPTY_TABLES, collections: 'none' }))
    expect(!notList.ok && notList.error).toBe('Backup refused: its collections table must be a list. Nothing was changed.')
    const noNotes = without(EMPTY_TABLES, 'annotations')
    const missing = await readBackup(await fileWithTables(3, noNotes))
    expect(!missing.ok && missing.error).toBe('Backup refused: its annotations table is missing. Nothing was changed.')
  })

  it('stores tags in their one written form', async () => {
    const [read] = (await accepted({ annotations: [{ ...note, tags: ['a\u200Bb', 'ab', '\u202Egnirts', 'Caf\u0065\u0301'] }] })).annotations
    expect(read?.tags).toEqual(['ab', 'gnirts', 'café'])
  })

  it('keeps settings it does not know as they are', async () => {
    const settings = [{ key: 'future-setting', value: { any: ['shape'] }, updated: T }]
    expect((await accepted({ settings })).settings).toEqual(settings)
  })
})

describe('backups made by every earlier data version', () => {
  const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/backup', name), 'utf8')
  const counts = { annotations: 2, collections: 1, settings: 1, importedSources: 0, userInitiatives: 0, userMeetings: 0 }
  const cases: [string, number, Record<string, number>][] = [
    ['v1.json', 1, { ...counts, collections: 0 }],
    ['v2.json', 2, counts],
    ['v3.json', 3, counts],
    ['v4.json', 4, { ...counts, importedSources: 1, userInitiatives: 1, userMeetings: 1 }],
    ['v5.json', 5, { ...counts, importedSources: 1, userInitiatives: 1, userMeetings: 1, corrections: 1 }],
    ['v6.json', 6, { ...counts, importedSources: 1, userInitiatives: 1, userMeetings: 1, corrections: 1, userParties: 1 }]
  ]
  it('covers every version before the current one', () => {
    expect(cases.map(([, version]) => version)).toEqual(Array.from({ length: BACKUP_SCHEMA_VERSION }, (_, i) => i + 1))
  })
  for (const [file, version, expected] of cases) {
    it(`reads ${file} (data version ${version}) into today's tables`, async () => {
      const read = await readBackup(fixture(file))
      if (!read.ok) throw new Error(read.error)
      expect(read.value.header).toMatchObject({ schemaVersion: version, counts: expected })
      const { annotations, settings } = read.value.tables
      expect(annotations.every((a) => Array.isArray(a.links) && Array.isArray(a.tags) && 'deleted' in a)).toBe(true)
      expect(settings).toEqual([{ key: 'theme', value: 'dark', updated: expect.any(String) }])
      // Files before version 6 have no partners of the user's: read as none.
      expect(read.value.tables.userParties).toHaveLength(version >= 6 ? 1 : 0)
    })
  }

  it('keeps a partner’s history and each quote of version 6', async () => {
    const read = await readBackup(fixture('v6.json'))
    if (!read.ok) throw new Error(read.error)
    const [party] = read.value.tables.userParties
    expect(party?.aliases).toEqual(['DICT', 'DICT of the Philippines'])
    expect(party?.history?.map((h) => h.field)).toEqual(['Made', 'Another name'])
    expect(party?.evidence.find((e) => e.about === 'aliases:DICT of the Philippines')?.quote).toBe('DICT of the Philippines')
  })
})

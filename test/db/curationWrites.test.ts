import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, type StoredSource } from '../../src/renderer/src/db/db'
import { createFromSuggestion } from '../../src/renderer/src/features/import/userRecords'
import { setInitiativeField, setMeetingField, setPartyField, undoLastChange } from '../../src/renderer/src/features/curation/curation'
import { EMPTY_VALUE } from '../../src/shared/curation/meetingFields'
import type { Choices } from '../../src/shared/curation/initiativeFields'
import { userInitiativeSchema, userMeetingSchema, userPartySchema } from '../../src/shared/model/userRecords'
import { createBackup, readBackup } from '../../src/shared/backup/backup'
import { readUserTables } from '../../src/renderer/src/features/backup/backupService'

const TEXT = [
  'The 3rd ADGMIN was held on 9-10 February 2023 in Boracay, Philippines, chaired by Secretary Ivan John E. Uy of the Philippines.',
  'Ministers adopted the Boracay Digital Compact (BDC) with the support of Japan.',
  'The Compact, also called the Boracay Agenda, covers digital trade.',
  'Elsewhere the Agenda for Boracay was praised.'
].join('\n\n')

const source: StoredSource = {
  id: 'user-src-1',
  title: 'Boracay report',
  publisher: null,
  publishedOn: '2023-02-11',
  url: null,
  language: 'en',
  format: 'html',
  file: 'boracay.html',
  textFile: 'boracay.txt',
  kind: 'news',
  text: TEXT,
  origin: 'user',
  updated: '2023-02-11T00:00:00.000Z'
} as unknown as StoredSource

const choices: Choices = {
  parties: [
    { id: 'japan', name: 'Japan', aliases: [] },
    { id: 'philippines', name: 'Philippines', aliases: ['the Philippines'] }
  ],
  themes: [{ id: 'digital-economy', name: 'Digital economy' }],
  meetings: []
}

const quote = (q: string) => ({ sourceId: source.id, quote: q })
const mentionTexts = async (id: string) => (await db.mentions.where('entityId').equals(id).toArray()).map((m) => m.text).sort()

beforeEach(async () => {
  await db.delete()
  await db.open()
  await db.sources.put(source)
  await db.parties.bulkPut([
    { id: 'japan', name: 'Japan', kind: 'dialogue-partner', aliases: [], reference: true, evidence: [] },
    { id: 'philippines', name: 'Philippines', kind: 'member-state', aliases: ['the Philippines'], reference: true, evidence: [] }
  ])
})

describe('records the user makes and curates', () => {
  it('a meeting made from a sentence takes the dates, city, chair and status it states, each with the sentence as its quote', async () => {
    const sentence = TEXT.split('\n\n')[0]!
    const made = await createFromSuggestion({ kind: 'meeting', name: '3rd ADGMIN', acronym: null, series: 'ADGMIN', number: 3, reason: 'a meeting by number', sentence, start: 4 } as never, source.id, source.title)
    const m = (await db.meetings.get(made.id))!
    expect(m.startDate).toBe('2023-02-09')
    expect(m.endDate).toBe('2023-02-10')
    expect(m.city).toBe('Boracay')
    expect(m.country).toBe('philippines')
    expect(m.chair?.person).toBe('Ivan John E. Uy')
    expect(m.status).toBe('held')
    expect(m.evidence.filter((e) => e.about === 'startDate endDate')).toEqual([{ sourceId: source.id, quote: sentence, about: 'startDate endDate' }])
    expect(m.history?.map((h) => h.field)).toEqual(['Made', 'Dates', 'Place', 'Chair', 'Status'])
    expect(userMeetingSchema.safeParse(m).success).toBe(true)
    // Each prefilled field can be undone, newest first; the creation cannot.
    await undoLastChange('meeting', made.id)
    expect((await db.meetings.get(made.id))!.status).toBe('announced')
    for (let i = 0; i < 3; i++) await undoLastChange('meeting', made.id)
    const bare = (await db.meetings.get(made.id))!
    expect([bare.startDate, bare.city, bare.chair]).toEqual([null, null, null])
    expect(bare.evidence).toEqual([{ sourceId: source.id, quote: sentence }])
    expect(await undoLastChange('meeting', made.id)).toBeNull()
  })

  it('an initiative gains every field with its quote; a rename keeps the old name, relinks mentions, and undo puts all back', async () => {
    const made = await createFromSuggestion({ kind: 'initiative', name: 'Boracay Digital Compact', acronym: 'BDC', reason: 'an acronym in parentheses', sentence: TEXT.split('\n\n')[1]!, start: 0 } as never, source.id, source.title)
    const id = made.id
    expect(await mentionTexts(id)).toEqual(['BDC', 'Boracay Digital Compact'])

    await setInitiativeField(id, 'partner', { ...EMPTY_VALUE, ref: 'japan' }, quote('with the support of Japan'), choices)
    await setInitiativeField(id, 'theme', { ...EMPTY_VALUE, ref: 'digital-economy' }, null, choices)
    await setInitiativeField(id, 'kind', { ...EMPTY_VALUE, text: 'agreement' }, quote('Ministers adopted the Boracay Digital Compact'), choices)
    await setInitiativeField(id, 'event', { ...EMPTY_VALUE, action: 'adopted', startDate: '2023-02-10', text: 'Ministers adopted it.' }, quote('Ministers adopted the Boracay Digital Compact (BDC)'), choices)
    await setInitiativeField(id, 'alias', { ...EMPTY_VALUE, text: 'Boracay Agenda' }, quote('also called the Boracay Agenda'), choices)
    let x = (await db.initiatives.get(id))!
    expect(x.partners).toEqual(['japan'])
    expect(x.evidence.find((e) => e.about === 'partners:japan')?.quote).toBe('with the support of Japan')
    expect(x.themes).toEqual(['digital-economy'])
    expect(x.handFields).toEqual(['themes:digital-economy'])
    expect(x.kind).toBe('agreement')
    expect(x.events).toEqual([{ meetingId: null, date: '2023-02-10', action: 'adopted', note: 'Ministers adopted it.', evidence: [quote('Ministers adopted the Boracay Digital Compact (BDC)')] }])
    expect(userInitiativeSchema.safeParse(x).success).toBe(true)
    // Search and mentions find it by every name, the new alias included.
    expect(await mentionTexts(id)).toEqual(['BDC', 'Boracay Agenda', 'Boracay Digital Compact'])

    await setInitiativeField(id, 'name', { ...EMPTY_VALUE, text: 'Agenda for Boracay' }, quote('the Agenda for Boracay was praised'), choices)
    x = (await db.initiatives.get(id))!
    expect(x.name).toBe('Agenda for Boracay')
    expect(x.aliases).toContain('Boracay Digital Compact')
    expect(await mentionTexts(id)).toEqual(['Agenda for Boracay', 'BDC', 'Boracay Agenda', 'Boracay Digital Compact'])

    // A relation to another initiative, with its quote inside it.
    const withOther = { ...choices, initiatives: [{ id: 'adm-2030', name: 'ASEAN Digital Masterplan 2030' }] }
    await setInitiativeField(id, 'related', { ...EMPTY_VALUE, ref: 'adm-2030', action: 'part-of' }, quote('covers digital trade'), withOther)
    expect((await db.initiatives.get(id))!.related).toEqual([{ id: 'adm-2030', relation: 'part-of', evidence: [quote('covers digital trade')] }])
    await expect(setInitiativeField(id, 'related', { ...EMPTY_VALUE, ref: id, action: 'related' }, null, { ...withOther, initiatives: [{ id, name: 'x' }] })).rejects.toThrow('cannot be related to itself')
    await undoLastChange('initiative', id)
    expect((await db.initiatives.get(id))!.related).toEqual([])

    // Refusals say why, and change nothing.
    await expect(setInitiativeField(id, 'partner', { ...EMPTY_VALUE, ref: 'japan' }, null, choices)).rejects.toThrow('already one of its partners')
    await expect(setInitiativeField(id, 'event', { ...EMPTY_VALUE, action: 'adopted', text: 'x' }, null, choices)).rejects.toThrow('Choose the meeting, or give the date.')
    expect((await db.initiatives.get(id))!.history).toHaveLength(8)

    // Undo the rename: the name, the aliases and the mentions are as before.
    expect(await undoLastChange('initiative', id)).toEqual({ name: 'Boracay Digital Compact', field: 'Name' })
    x = (await db.initiatives.get(id))!
    expect(x.name).toBe('Boracay Digital Compact')
    expect(x.aliases).not.toContain('Agenda for Boracay')
    expect(await mentionTexts(id)).toEqual(['BDC', 'Boracay Agenda', 'Boracay Digital Compact'])
    expect(x.history?.at(-1)?.undone).toBeTruthy()
    // Undo again: the alias goes (the next change still in force).
    await undoLastChange('initiative', id)
    expect((await db.initiatives.get(id))!.aliases).toEqual(['BDC'])
    expect(await mentionTexts(id)).toEqual(['BDC', 'Boracay Digital Compact'])
  })

  it('a ministry suggested as a partner becomes a partner the user can name, with quotes, and undo', async () => {
    const made = await createFromSuggestion({ kind: 'partner', name: 'Department of Information and Communications Technology', acronym: 'DICT', reason: 'an acronym in parentheses', sentence: 'the Department of Information and Communications Technology (DICT) hosted it', start: 0 } as never, source.id, source.title)
    expect(made.type).toBe('party')
    const p = (await db.parties.get(made.id))!
    expect(p).toMatchObject({ kind: 'government-body', aliases: ['DICT'], reference: false, origin: 'user' })
    expect(userPartySchema.safeParse(p).success).toBe(true)
    await setPartyField(made.id, 'alias', { ...EMPTY_VALUE, text: 'Boracay Agenda' }, quote('also called the Boracay Agenda'))
    expect(await mentionTexts(made.id)).toEqual(['Boracay Agenda'])
    await setPartyField(made.id, 'kind', { ...EMPTY_VALUE, text: 'asean-body' }, null)
    expect((await db.parties.get(made.id))!.handFields).toEqual(['kind'])
    await undoLastChange('party', made.id)
    await undoLastChange('party', made.id)
    expect((await db.parties.get(made.id))!).toMatchObject({ kind: 'government-body', aliases: ['DICT'] })
    expect((await db.parties.get(made.id))!.handFields).toBeUndefined()
    expect(await mentionTexts(made.id)).toEqual([])
  })

  it('the history and each quote travel in a backup and come back from it', async () => {
    const made = await createFromSuggestion({ kind: 'initiative', name: 'Boracay Digital Compact', acronym: 'BDC', reason: 'x', sentence: TEXT.split('\n\n')[1]!, start: 0 } as never, source.id, source.title)
    await setInitiativeField(made.id, 'partner', { ...EMPTY_VALUE, ref: 'japan' }, quote('with the support of Japan'), choices)
    const meeting = await createFromSuggestion({ kind: 'meeting', name: '3rd ADGMIN', acronym: null, series: 'ADGMIN', number: 3, reason: 'x', sentence: TEXT.split('\n\n')[0]!, start: 0 } as never, source.id, source.title)
    await setMeetingField(meeting.id, 'observer', { ...EMPTY_VALUE, ref: 'japan' }, quote('with the support of Japan'))
    const file = await createBackup(await readUserTables(db), 'test', new Date().toISOString())
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.error)
    const x = read.value.tables.userInitiatives[0]!
    expect(x.history?.map((h) => h.field)).toEqual(['Made', 'Partner'])
    expect(x.evidence.some((e) => e.about === 'partners:japan')).toBe(true)
    const m = read.value.tables.userMeetings[0]!
    expect(m.observers).toEqual(['japan'])
    expect(m.evidence.some((e) => e.about === 'observers:japan')).toBe(true)
  })
})

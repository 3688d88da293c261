import { describe, expect, it } from 'vitest'
import { findAction, findMeeting, initiativeValueFromQuote, kindFromName, type Choices } from '../../src/shared/curation/initiativeFields'
import { partyKindFromName } from '../../src/shared/curation/partyFields'
import { sentenceFields } from '../../src/shared/curation/meetingFields'
import { undoLast, withChange } from '../../src/shared/curation/history'

const countries = [{ id: 'philippines', name: 'Philippines', aliases: ['the Philippines'] }]
const choices: Choices = {
  parties: [
    { id: 'japan', name: 'Japan', aliases: [] },
    { id: 'itu', name: 'International Telecommunication Union', aliases: ['ITU'] }
  ],
  themes: [{ id: 'cybersecurity', name: 'Cybersecurity' }],
  meetings: [
    { id: 'adgmin-4', name: 'ADGMIN 4: 4th ASEAN Digital Ministers’ Meeting', aliases: ['4th ASEAN Digital Ministers’ Meeting'], number: 4 },
    { id: 'user-3rd', name: '3rd ADGMIN', aliases: ['ADGMIN 3'], number: 3 }
  ]
}

describe('reading a quote into an initiative’s field', () => {
  it('an outcome takes the meeting by number, the date, and the text’s own verb', () => {
    const v = initiativeValueFromQuote('event', 'On 10 February 2023 the 3rd ADGMIN endorsed the Compact and noted the report.', choices)
    expect(v).toMatchObject({ ref: 'user-3rd', startDate: '2023-02-10', action: 'endorsed' })
    expect(findAction('Ministers looked forward to the launch')).toBe('looked-forward')
    expect(findAction('the meeting prioritized it')).toBe('prioritised')
    expect(findAction('nothing was decided here')).toBe('')
    expect(findMeeting('at ADGMIN 4 in Singapore', choices.meetings)?.id).toBe('adgmin-4')
    expect(findMeeting('at the 9th ADGMIN', choices.meetings)).toBeNull()
  })

  it('a partner, a theme, an acronym and a kind are read from the words of the quote', () => {
    expect(initiativeValueFromQuote('partner', 'with support from the ITU and others', choices).ref).toBe('itu')
    expect(initiativeValueFromQuote('partner', 'with the Japanese side', choices).ref).toBe('')
    expect(initiativeValueFromQuote('theme', 'a plan on cybersecurity capacity', choices).ref).toBe('cybersecurity')
    expect(initiativeValueFromQuote('acronym', 'the Boracay Digital Compact (BDC)', choices).text).toBe('BDC')
    expect(kindFromName('Memorandum of Understanding on ICT')).toBe('mou')
    expect(kindFromName('Boracay Digital Compact')).toBe('project')
  })

  it('a partner’s kind comes from its name: a ministry is a government body, an ASEAN body is one', () => {
    expect(partyKindFromName('Department of Information and Communications Technology')).toBe('government-body')
    expect(partyKindFromName('ASEAN Secretariat')).toBe('asean-body')
    expect(partyKindFromName('GSM Association')).toBe('industry-body')
    expect(partyKindFromName('International Telecommunication Union')).toBe('international-organisation')
  })
})

describe('a sentence a meeting is made from', () => {
  it('fills only what it states plainly', () => {
    const fields = sentenceFields('The 3rd ADGMIN was held on 9-10 February 2023 in Boracay, Philippines.', countries)
    expect(fields.map((f) => f.field)).toEqual(['dates', 'place', 'status'])
    expect(fields[1]!.value).toMatchObject({ city: 'Boracay', country: 'philippines' })
    // A month, "ASEAN", or a plan for later is not a city or a held meeting.
    expect(sentenceFields('The 3rd ADGMIN will meet on 9 February 2023 in February.', countries).map((f) => f.field)).toEqual(['dates'])
    expect(sentenceFields('Ministers in ASEAN welcomed the 3rd ADGMIN.', countries)).toEqual([])
  })
})

describe('a record’s history', () => {
  it('undo reverts the latest change in force, marks it undone, and removes keys the change added', () => {
    let r: { name: string; aliases: string[]; handFields?: string[]; history?: never[] } = { name: 'A', aliases: [] }
    r = withChange(r, { aliases: ['B'] }, { at: '2026-01-01T00:00:00.000Z', field: 'Another name', value: 'B', evidence: null })
    r = withChange(r, { name: 'C', handFields: ['name'] }, { at: '2026-01-02T00:00:00.000Z', field: 'Name', value: 'C', evidence: null })
    const once = undoLast(r, '2026-01-03T00:00:00.000Z')!
    expect(once.record).toMatchObject({ name: 'A', aliases: ['B'] })
    expect('handFields' in once.record).toBe(false)
    const twice = undoLast(once.record, '2026-01-04T00:00:00.000Z')!
    expect(twice.record).toMatchObject({ name: 'A', aliases: [] })
    expect(twice.record.history?.map((h: { undone?: string }) => h.undone)).toEqual(['2026-01-04T00:00:00.000Z', '2026-01-03T00:00:00.000Z'])
    expect(undoLast(twice.record, '2026-01-05T00:00:00.000Z')).toBeNull()
  })
})

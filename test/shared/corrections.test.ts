import { describe, expect, it } from 'vitest'
import { correctionsReport, fieldText } from '../../src/shared/curation/corrections'
import { EMPTY_VALUE } from '../../src/shared/curation/meetingFields'
import { readBackup, createBackup, type UserTables } from '../../src/shared/backup/backup'
import { correctionSchema, type Correction } from '../../src/shared/model/userRecords'

const T = '2026-11-28T10:00:00.000Z'
const place: Correction = {
  id: 'user-correction-1',
  targetType: 'meeting',
  targetId: 'adgmin-4',
  field: 'place',
  value: { ...EMPTY_VALUE, city: 'Singapore', country: 'singapore' },
  shipped: 'Virtual',
  evidence: { sourceId: 'user-abc', quote: 'held in Singapore' },
  created: T,
  updated: T
}
const gone: Correction = { ...place, id: 'user-correction-2', targetId: 'adgmin-99', field: 'theme', value: { ...EMPTY_VALUE, text: 'Another theme' }, shipped: 'Old theme', evidence: null }
const party = (id: string): string => ({ singapore: 'Singapore', philippines: 'Philippines' })[id] ?? id

describe('corrections', () => {
  it('reads each field as text', () => {
    expect(fieldText('dates', { ...EMPTY_VALUE, startDate: '2023-02-09', endDate: '2023-02-10' }, party)).toBe('2023-02-09 to 2023-02-10')
    expect(fieldText('place', place.value, party)).toBe('Singapore')
    expect(fieldText('chair', { ...EMPTY_VALUE, person: 'Ivan John E. Uy', title: 'Secretary', country: 'philippines' }, party)).toBe('Ivan John E. Uy, Secretary, Philippines')
  })

  it('reports every correction with the dataset value, the reading and its evidence, and names one whose record is gone', () => {
    const names = new Map([['adgmin-4', '4th ADGMIN']])
    const report = correctionsReport([gone, place], {
      datasetVersion: '2026.11.2',
      appVersion: '1.0.0',
      exported: '2026-11-28T10:00:00Z',
      recordName: (c) => names.get(c.targetId) ?? null,
      party,
      sourceTitle: (id) => (id === 'user-abc' ? 'My report' : id)
    })
    expect(report).toContain('## 4th ADGMIN (meeting `adgmin-4`)')
    expect(report).toContain('- Place: the dataset says Virtual; I read Singapore, “held in Singapore” (My report)')
    expect(report).toContain('## `adgmin-99`: on a record the dataset no longer has')
    expect(report).toContain('- Theme: the dataset says Old theme; I read Another theme, typed by hand, no evidence')
    expect(report).toContain('dataset: "2026.11.2"')
  })

  it('refuses a correction of a field that does not exist or with an id that is not the user’s', () => {
    expect(correctionSchema.safeParse(place).success).toBe(true)
    expect(correctionSchema.safeParse({ ...place, field: 'weather' }).success).toBe(false)
    expect(correctionSchema.safeParse({ ...place, id: 'adgmin-4-fix' }).success).toBe(false)
    // A field of the other kind of record, or an outcome not named, is refused.
    expect(correctionSchema.safeParse({ ...place, field: 'kind' }).success).toBe(false)
    expect(correctionSchema.safeParse({ ...place, targetType: 'initiative', targetId: 'adm-2030', field: 'place' }).success).toBe(false)
    const outcome = { ...place, targetType: 'initiative', targetId: 'adm-2030', field: 'event', value: { ...EMPTY_VALUE, action: 'endorsed', ref: 'adgmin-6', text: 'Endorsed.' } }
    expect(correctionSchema.safeParse(outcome).success).toBe(false)
    expect(correctionSchema.safeParse({ ...outcome, eventKey: 'adgmin-6|2026-01-16|approved' }).success).toBe(true)
  })

  it('reads an initiative’s outcome as a line, and reports it under the initiative', () => {
    const outcome: Correction = { ...place, id: 'user-correction-3', targetType: 'initiative', targetId: 'adm-2030', field: 'event', eventKey: 'adgmin-6|2026-01-16|approved', value: { ...EMPTY_VALUE, action: 'endorsed', ref: 'adgmin-6', startDate: '2026-01-16', text: 'Endorsed in principle.' }, shipped: 'approved at ADGMIN 6 on 2026-01-16: approved' }
    const report = correctionsReport([outcome], { datasetVersion: 'x', appVersion: 'y', exported: T, recordName: () => 'ASEAN Digital Masterplan 2030', party, sourceTitle: () => 'My report', meeting: () => 'ADGMIN 6' })
    expect(report).toContain('## ASEAN Digital Masterplan 2030 (initiative `adm-2030`)')
    expect(report).toContain('- Outcome at a meeting: the dataset says approved at ADGMIN 6 on 2026-01-16: approved; I read endorsed at ADGMIN 6 on 2026-01-16: Endorsed in principle, “held in Singapore” (My report)')
  })

  it('backs corrections up and reads them back', async () => {
    const tables: UserTables = { annotations: [], collections: [], settings: [], importedSources: [], userInitiatives: [], userMeetings: [], corrections: [place, gone], userParties: [] }
    const read = await readBackup(await createBackup(tables, '1.0.0', T))
    expect(read.ok && read.value.tables.corrections).toEqual([place, gone])
    expect(read.ok && read.value.header.counts.corrections).toBe(2)
  })
})

import { describe, expect, it } from 'vitest'
import { suggestRecords } from '../../src/shared/import/suggestions'

const KNOWN = { names: ['ASEAN Digital Masterplan 2030'], meetings: { ADGMIN: [1, 4, 5, 6, 7] } }

describe('suggestions from an imported text', () => {
  it('offers an acronym and the title it stands for once', () => {
    const text =
      'Ministers reviewed the ASEAN Comprehensive Recovery Framework (ACRF) at the meeting. The ASEAN Comprehensive Recovery Framework guides the region. The ACRF was welcomed.'
    const found = suggestRecords(text, KNOWN).filter((s) => /Recovery|ACRF/.test(s.name + (s.acronym ?? '')))
    expect(found).toEqual([expect.objectContaining({ kind: 'initiative', name: 'ASEAN Comprehensive Recovery Framework', acronym: 'ACRF' })])
  })

  it('offers a ministry, department or agency as a partner, not an initiative', () => {
    const text =
      'The meeting was hosted by the Department of Information and Communications Technology (DICT) of the Philippines. The Ministry of Digital Affairs and the Cyber Security Agency of Singapore (CSA) took part.'
    const found = suggestRecords(text, KNOWN)
    expect(found.find((s) => s.acronym === 'DICT')).toMatchObject({ kind: 'partner', name: 'Department of Information and Communications Technology' })
    expect(found.find((s) => s.acronym === 'CSA')).toMatchObject({ kind: 'partner' })
    expect(found.filter((s) => s.kind === 'initiative')).toEqual([])
  })

  it('still offers a meeting by number, and a document title as an initiative', () => {
    const found = suggestRecords('The 3rd ADGMIN adopted the Boracay Digital Declaration.', KNOWN)
    expect(found.map((s) => [s.kind, s.name])).toEqual([
      ['meeting', '3rd ADGMIN'],
      ['initiative', 'Boracay Digital Declaration']
    ])
  })
})

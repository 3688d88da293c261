import { describe, expect, it } from 'vitest'
import { checkClaims, stem, unsupportedWords } from '../../src/shared/model/claims'
import type { Dataset } from '../../src/shared/model/dataset'
import { shippedDataset } from '../support/dataset'

const dataset = shippedDataset()
const edited = (change: (d: Dataset) => void): string[] => {
  const copy = structuredClone(dataset)
  change(copy)
  return checkClaims(copy)
}
const initiative = (d: Dataset, id: string) => d.initiatives.find((i) => i.id === id)!
const meeting = (d: Dataset, id: string) => d.meetings.find((m) => m.id === id)!

describe('checkClaims on the shipped dataset', () => {
  it('finds every claim held by its quotes', () => {
    expect(checkClaims(dataset)).toEqual([])
  })

  it('refuses an action that is not the verb of its sentence ("completed" for "noted")', () => {
    const problems = edited((d) => (initiative(d, 'adm-2025').events.find((e) => e.meetingId === 'adgmin-6')!.action = 'completed'))
    expect(problems).toEqual([expect.stringContaining('"completed" is not the verb')])
  })

  it('refuses an announced launch shown as done', () => {
    const problems = edited((d) => (initiative(d, 'joint-guide-asean-mcc-eu-scc').events[0]!.status = 'reported'))
    expect(problems).toEqual([expect.stringContaining('so it is "planned"')])
  })

  it('refuses a meeting known only from an announcement shown as held', () => {
    expect(edited((d) => (meeting(d, 'adgmin-1').status = 'held'))).toEqual([expect.stringContaining('meeting adgmin-1')])
  })

  it('refuses a related link, a partner presence or a parent meeting without a quote', () => {
    expect(edited((d) => initiative(d, 'scope-trade').related.push({ id: 'adm-2030', relation: 'part-of', evidence: [] }))).toEqual([
      'initiative scope-trade: part-of adm-2030 has no quote'
    ])
    expect(edited((d) => meeting(d, 'adgmin-6').partnersPresent.push('japan'))).toEqual([expect.stringContaining('partnersPresent has no quote')])
    expect(edited((d) => (meeting(d, 'adgmin-4-japan').parentMeetingId = 'adgmin-4'))).toEqual([expect.stringContaining('parentMeetingId has no quote')])
  })

  it('refuses a partner the quotes do not name, and an alias no source writes', () => {
    expect(edited((d) => initiative(d, 'global-gateway').partners.push('european-union'))).toEqual([
      'initiative global-gateway: partner european-union is not named where the initiative is quoted'
    ])
    expect(edited((d) => initiative(d, 'asean-model-contractual-clauses').aliases.push('ASEAN MCC'))).toEqual([expect.stringContaining('"ASEAN MCC" is in no source')])
  })

  it('refuses a summary wider than its quotes unless it is marked the editors’', () => {
    const wider = (d: Dataset) => (initiative(d, 'asean-cyberkids').summary = 'An annual ASEAN initiative for young people’s digital skills.')
    expect(edited(wider)).toEqual([expect.stringContaining('young, people')])
    expect(
      edited((d) => {
        wider(d)
        initiative(d, 'asean-cyberkids').summaryBy = 'editors'
      })
    ).toEqual([])
  })

  it('refuses a relative URL', () => {
    expect(edited((d) => (d.sources[1]!.url = '/media-centre/press-releases/x/'))).toEqual([expect.stringContaining('not an absolute')])
  })
})

describe('summary words', () => {
  it('match across word forms and ignore function words', () => {
    expect(stem('guidelines')).toBe(stem('guideline'))
    expect(stem('adopted')).toBe(stem('adoption'))
    expect(stem('processes')).toBe(stem('process'))
    expect(unsupportedWords('The guidelines were approved at the meeting.', ['ADGMIN 6 approved the Guideline'])).toEqual([])
    expect(unsupportedWords('A certification system.', ['the Global CBPR'])).toEqual(['certification', 'system'])
  })
})

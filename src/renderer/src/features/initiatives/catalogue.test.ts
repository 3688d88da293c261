import { describe, expect, it } from 'vitest'
import type { Initiative } from '@shared/model/dataset'
import { applyCatalogue, filterFromParams, filterToParams, toRow, toggleValue } from './catalogue'

const initiative = (over: Partial<Initiative> & Pick<Initiative, 'id' | 'name'>): Initiative => ({
  acronym: null,
  aliases: [],
  kind: 'guideline',
  themes: [],
  partners: [],
  summary: '',
  related: [],
  events: [],
  evidence: [],
  ...over
})
const ev = (meetingId: string, date: string, action: Initiative['events'][number]['action']) => ({
  meetingId,
  date,
  action,
  note: '',
  evidence: [{ sourceId: 's', quote: 'quote text here' }]
})

const rows = [
  toRow(initiative({ id: 'adm-2030', name: 'ASEAN Digital Masterplan 2030', acronym: 'ADM 2030', aliases: ['ADM2030'], kind: 'masterplan', themes: ['institutional'], events: [ev('adgmin-5', '2025-01-16', 'assigned'), ev('adgmin-6', '2026-01-16', 'approved')] }), [{ tags: ['core'] }]),
  toRow(initiative({ id: 'wp-china-2026', name: '2026 ASEAN-China Digital Work Plan', kind: 'work-plan', partners: ['china'], themes: ['digital-infrastructure'], events: [ev('adgmin-6', '2026-01-16', 'approved')] })),
  toRow(initiative({ id: 'wp-japan-2026', name: '2026 ASEAN-Japan Digital Work Plan', kind: 'work-plan', partners: ['japan'], themes: ['ai-governance'], events: [ev('adgmin-6', '2026-01-16', 'welcomed')] })),
  toRow(initiative({ id: 'joint-guide', name: 'Joint Guide', kind: 'guide', partners: ['european-union'], events: [ev('adgmin-4', '2024-02-01', 'launched')] }))
]
const none = filterFromParams(new URLSearchParams())

describe('catalogue', () => {
  it('combines facets: OR within one, AND across them, with counts computed over the other facets', () => {
    let filter = toggleValue(none, 'kind', 'work-plan')
    let result = applyCatalogue(rows, filter)
    expect(result.rows.map((r) => r.id)).toEqual(['wp-china-2026', 'wp-japan-2026'])
    expect(result.facets.kind).toContainEqual({ value: 'masterplan', count: 1, selected: false })
    expect(result.facets.partner).toEqual([
      { value: 'china', count: 1, selected: false },
      { value: 'japan', count: 1, selected: false }
    ])
    filter = toggleValue(filter, 'action', 'approved')
    result = applyCatalogue(rows, filter)
    expect(result.rows.map((r) => r.id)).toEqual(['wp-china-2026'])
    expect(result.facets.kind.find((f) => f.value === 'masterplan')?.count).toBe(1)
    filter = toggleValue(filter, 'kind', 'masterplan')
    expect(applyCatalogue(rows, filter).rows.map((r) => r.id)).toEqual(['wp-china-2026', 'adm-2030'])
  })

  it('filters by text over name, acronym and aliases, and by my notes and tags', () => {
    expect(applyCatalogue(rows, { ...none, q: 'adm2030' }).rows.map((r) => r.id)).toEqual(['adm-2030'])
    expect(applyCatalogue(rows, { ...none, q: 'work plan japan' }).rows.map((r) => r.id)).toEqual(['wp-japan-2026'])
    expect(applyCatalogue(rows, toggleValue(none, 'notes', 'yes')).rows.map((r) => r.id)).toEqual(['adm-2030'])
    expect(applyCatalogue(rows, toggleValue(none, 'tag', 'core')).rows.map((r) => r.id)).toEqual(['adm-2030'])
    expect(applyCatalogue(rows, toggleValue(none, 'year', '2024')).rows.map((r) => r.id)).toEqual(['joint-guide'])
  })

  it('sorts by name, first and last meeting, and number of events', () => {
    const ids = (sort: 'name' | 'first' | 'last' | 'events') => applyCatalogue(rows, { ...none, sort }).rows.map((r) => r.id)
    expect(ids('first')[0]).toBe('joint-guide')
    expect(ids('last')[ids('last').length - 1]).toBe('joint-guide')
    expect(ids('events')[0]).toBe('adm-2030')
    expect(ids('name')).toEqual(['wp-china-2026', 'wp-japan-2026', 'adm-2030', 'joint-guide'])
  })

  it('round-trips the filter through the URL and ignores junk', () => {
    const filter = toggleValue(toggleValue({ ...none, q: 'scam', sort: 'events' }, 'partner', 'japan'), 'kind', 'guideline')
    const params = filterToParams(filter)
    expect(params.toString()).toBe('q=scam&kind=guideline&partner=japan&sort=events')
    expect(filterFromParams(params)).toEqual(filter)
    expect(filterFromParams(new URLSearchParams('sort=bogus&kind=&kind=mou&kind=mou')).sort).toBe('name')
    expect(filterFromParams(new URLSearchParams('kind=&kind=mou&kind=mou')).selected.kind).toEqual(['mou'])
  })

  it('keeps a selected value visible with a zero count', () => {
    const result = applyCatalogue(rows, toggleValue(toggleValue(none, 'partner', 'russia'), 'kind', 'guide'))
    expect(result.rows).toEqual([])
    expect(result.facets.partner).toContainEqual({ value: 'russia', count: 0, selected: true })
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allEvidence, checkDatasetIntegrity, normaliseSpace, parseDataset } from '../../src/shared/model/parseDataset'
import { DATASET_DIR, rawShippedDataset, shippedDataset } from '../support/dataset'

const dataset = shippedDataset()
const initiative = (id: string) => {
  const found = dataset.initiatives.find((i) => i.id === id)
  if (!found) throw new Error(`no initiative ${id}`)
  return found
}

describe('shipped dataset', () => {
  it('validates against the schema with no integrity problem', () => {
    expect(checkDatasetIntegrity(dataset)).toEqual([])
  })

  it('quotes every piece of evidence verbatim from its source', () => {
    const texts = new Map(dataset.sources.map((s) => [s.id, normaliseSpace(s.text)]))
    const evidence = allEvidence(dataset)
    expect(evidence.length).toBeGreaterThan(150)
    const missing = evidence.filter(({ evidence: e }) => !texts.get(e.sourceId)?.includes(normaliseSpace(e.quote)))
    expect(missing.map((m) => `${m.where}: ${m.evidence.quote}`)).toEqual([])
  })

  it('gives every initiative and meeting at least one quote', () => {
    for (const i of dataset.initiatives) expect(i.evidence.length + i.events.flatMap((e) => e.evidence).length, i.id).toBeGreaterThan(0)
    for (const m of dataset.meetings) expect(m.evidence.length, m.id).toBeGreaterThan(0)
    for (const p of dataset.parties) if (!p.reference) expect(p.evidence.length, p.id).toBeGreaterThan(0)
  })

  it('keeps the file contract other tools read', () => {
    const keys = (file: string) => Object.keys((JSON.parse(readFileSync(resolve(DATASET_DIR, file), 'utf8')) as object[])[0] ?? {})
    expect(keys('sources.json')).toEqual(expect.arrayContaining(['id', 'title', 'publisher', 'publishedOn', 'url', 'language', 'format', 'file']))
    expect(keys('meetings.json')).toEqual(
      expect.arrayContaining(['id', 'series', 'number', 'name', 'startDate', 'endDate', 'city', 'country', 'format', 'chair', 'viceChair', 'theme', 'evidence'])
    )
    expect(keys('initiatives.json')).toEqual(
      expect.arrayContaining(['id', 'name', 'acronym', 'aliases', 'kind', 'themes', 'partners', 'summary', 'related', 'events'])
    )
    expect(keys('parties.json')).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'aliases', 'reference']))
    expect(keys('themes.json')).toEqual(['id', 'label'])
    expect(dataset.manifest.generatedFrom).toEqual(dataset.sources.map((s) => s.id))
    expect(dataset.manifest.counts['initiatives']).toBe(dataset.initiatives.length)
  })

  it('covers every ADGMIN the sources describe, with their facts', () => {
    const meeting = (id: string) => dataset.meetings.find((m) => m.id === id)
    expect(meeting('adgmin-1')).toMatchObject({ startDate: '2021-01-21', endDate: '2021-01-22', format: 'virtual', theme: 'ASEAN A Digitally Connected Community' })
    expect(meeting('adgmin-4')).toMatchObject({
      startDate: '2024-02-01',
      endDate: '2024-02-02',
      city: 'Singapore',
      chair: { country: 'singapore', person: 'Mrs Josephine Teo' },
      viceChair: { country: 'thailand', person: 'Prasert Janthararuangthong' },
      observers: ['timor-leste']
    })
    expect(meeting('adgsom-4')).toMatchObject({ startDate: '2024-01-30', endDate: '2024-01-31' })
    expect(meeting('adgmin-5')).toMatchObject({ startDate: '2025-01-16', endDate: '2025-01-17', city: 'Bangkok', chair: { country: 'thailand' } })
    expect(meeting('adgmin-6')).toMatchObject({ startDate: '2026-01-15', endDate: '2026-01-16', city: 'Hanoi' })
    expect(meeting('adgmin-7')).toMatchObject({ startDate: '2027-01', city: 'Bandar Seri Begawan', status: 'announced' })
  })

  it('records more than fifty initiatives with their lineage', () => {
    expect(dataset.initiatives.length).toBeGreaterThan(50)
    expect(initiative('adm-2025').related).toContainEqual(expect.objectContaining({ id: 'adm-2030', relation: 'succeeded-by' }))
    expect(initiative('asean-it-fund').related).toContainEqual(expect.objectContaining({ id: 'asean-digital-fund', relation: 'renamed-to' }))
    const adm2030 = initiative('adm-2030').events.map((e) => [e.meetingId, e.action])
    expect(adm2030).toContainEqual(['adgmin-5', 'assigned'])
    expect(adm2030).toContainEqual(['adgmin-6', 'approved'])
    const aiSafe = initiative('declaration-asean-ai-safety-network').events.map((e) => [e.meetingId, e.action])
    expect(aiSafe).toEqual([
      ['adgmin-5', 'approved'],
      ['asean-summit-47', 'adopted']
    ])
    expect(initiative('adm-2030').aliases).toEqual(expect.arrayContaining(['ADM2030', 'ADM 2030', 'ASEAN Digital Masterplan 2030']))
  })

  it('has one work plan per partner per year', () => {
    const plans = dataset.initiatives.filter((i) => i.kind === 'work-plan' && /^20\d\d ASEAN/.test(i.name))
    const keys = plans.map((p) => `${p.partners.join()}:${p.name.slice(0, 4)}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual(expect.arrayContaining(['china:2026', 'japan:2026', 'republic-of-korea:2026', 'india:2026', 'european-union:2026', 'russia:2026', 'world-bank:2026', 'itu:2026']))
  })
})

describe('parseDataset on a broken dataset', () => {
  it('names the file, record and field that are wrong', () => {
    const raw = rawShippedDataset()
    const meetings = structuredClone(raw.meetings) as { startDate: unknown }[]
    meetings[2]!.startDate = '1 Feb 2024'
    const result = parseDataset({ ...raw, meetings })
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^meetings\.json\[2\]\.startDate: must be a date \(YYYY-MM-DD/) })
  })

  it('refuses a quote that is not in its source', () => {
    const raw = rawShippedDataset()
    const initiatives = structuredClone(raw.initiatives) as { events: { evidence: { quote: string }[] }[] }[]
    initiatives[0]!.events[0]!.evidence[0]!.quote = 'ASEAN adopted a masterplan nobody wrote'
    const result = parseDataset({ ...raw, initiatives })
    expect(result).toEqual({ ok: false, error: expect.stringContaining('quote not found verbatim') })
  })

  it('refuses a dangling meeting reference', () => {
    const raw = rawShippedDataset()
    const initiatives = structuredClone(raw.initiatives) as { id: string; events: { meetingId: string }[] }[]
    initiatives[0]!.events[0]!.meetingId = 'adgmin-99'
    expect(parseDataset({ ...raw, initiatives })).toEqual({ ok: false, error: expect.stringContaining('unknown meeting "adgmin-99"') })
  })

  it('refuses duplicate ids and a missing source text', () => {
    const raw = rawShippedDataset()
    const parties = [...(raw.parties as object[]), (raw.parties as object[])[0]]
    expect(parseDataset({ ...raw, parties })).toEqual({ ok: false, error: expect.stringContaining('duplicate id') })
    expect(parseDataset({ ...raw, texts: {} })).toEqual({ ok: false, error: expect.stringContaining('is missing') })
  })
})

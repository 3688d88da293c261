import { describe, expect, it } from 'vitest'
import { checkRecall, decisionSentences, recallProblems } from '../../src/shared/model/recall'
import { allEvidence } from '../../src/shared/model/parseDataset'
import { readShippedFile, shippedDataset } from '../support/dataset'
import type { UnusedSentence } from '../../src/shared/model/recall'

const text = [
  'Ministers meet',
  '',
  'The meeting approved the Plan. Chaired by Dr. Kao, the U.S. Coordinator noted the Fund and welcomed the Guide.',
  'The weather was fine.',
  'ITU is encouraged to propose new areas.'
].join('\n')

describe('decisionSentences', () => {
  it('splits lines into sentences, keeping abbreviations, and finds each decision verb', () => {
    const found = decisionSentences(text)
    expect(found.map((s) => s.text)).toEqual([
      'The meeting approved the Plan.',
      'Chaired by Dr. Kao, the U.S. Coordinator noted the Fund and welcomed the Guide.',
      'ITU is encouraged to propose new areas.'
    ])
    expect(found[1]!.verbs.map((v) => v.word)).toEqual(['noted', 'welcomed'])
    expect(found[2]!.verbs.map((v) => v.word)).toEqual(['encouraged', 'propose'])
  })

  it('gives offsets into the whitespace-collapsed text', () => {
    const collapsed = text.replace(/\s+/g, ' ').trim()
    for (const s of decisionSentences(text)) expect(collapsed.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('checkRecall', () => {
  const sources = [{ id: 's', text }]
  const quote = (q: string) => ({ sourceId: 's', quote: q })

  it('counts a sentence cited only when every decision verb in it is quoted', () => {
    const report = checkRecall({ sources, evidence: [quote('The meeting approved the Plan'), quote('noted the Fund')], unused: [] })
    expect(report.cited).toBe(1)
    expect(report.missing.map((m) => m.uncovered)).toEqual([['welcomed'], ['encouraged', 'propose']])
    expect(recallProblems(report)).toHaveLength(2)
  })

  it('accepts a listed sentence with a reason, and flags stale, redundant and unexplained entries', () => {
    const unused: UnusedSentence[] = [
      { sourceId: 's', sentence: 'ITU is encouraged to  propose new areas.', reason: 'an invitation, recorded elsewhere' },
      { sourceId: 's', sentence: 'The meeting approved the Plan.', reason: '' },
      { sourceId: 's', sentence: 'A sentence that is not there.', reason: 'gone' }
    ]
    const report = checkRecall({ sources, evidence: [quote('The meeting approved the Plan'), quote('noted the Fund and welcomed the Guide')], unused })
    expect(report.missing).toEqual([])
    expect(report.listed).toBe(1)
    expect(report.redundant.map((u) => u.sentence)).toEqual(['The meeting approved the Plan.'])
    expect(report.unexplained.map((u) => u.sentence)).toEqual(['The meeting approved the Plan.'])
    expect(report.stale.map((u) => u.sentence)).toEqual(['A sentence that is not there.'])
  })
})

describe('the shipped dataset', () => {
  it('cites or lists every decision sentence of every shipped source', async () => {
    const dataset = shippedDataset()
    const unused = JSON.parse(await readShippedFile('unused-sentences.json')) as UnusedSentence[]
    const report = checkRecall({ sources: dataset.sources, evidence: allEvidence(dataset).map((e) => e.evidence), unused })
    expect(recallProblems(report)).toEqual([])
    expect(report.sentences).toBeGreaterThan(70)
  })
})

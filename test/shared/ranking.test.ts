import { describe, expect, it } from 'vitest'
import { passageDocuments, type SearchDoc } from '../../src/shared/search/documents'
import { buildIndex, search } from '../../src/shared/search/engine'

/** A record as the dataset makes it: a short name, a summary. */
const record = (id: string, title: string, body = ''): SearchDoc => ({
  ref: `initiative:${id}`, kind: 'initiative', id, href: `/initiatives/${id}`, title, aliases: '', body, tags: '', partner: '', type: 'declaration', years: [], themes: [], partners: [], meetings: []
})

const page = (id: string, title: string, lines: string[], origin?: 'user') => passageDocuments({ id, title, publishedOn: null, text: lines.join('\n'), ...(origin ? { origin } : {}) })

const docs = [
  record('hanoi', 'Hanoi Declaration'),
  record('bangkok', 'Bangkok Digital Declaration'),
  record('safety', 'Declaration on an AI Safety Network'),
  ...page('chairs', 'Singapore chairs the meeting', [
    'Delegates discussed cloud computing and talent.',
    'The chair thanked the hosts for the arrangements.'
  ]),
  ...page('report', 'Meeting report', [
    'In Boracay the ministers adopted the Boracay Digital Declaration on inclusion.',
    'The vice chair, Minister Nguyễn Mạnh Hùng, presented the work plan.',
    'Chairmanship passed to the next member state in alphabetical order.',
    'Ministers welcomed the cybersecurity roadmap.'
  ])
]
const index = buildIndex(docs)
const top = (q: string, options = {}) => search([index], q, {}, 10, options).hits.map((h) => h.ref)

describe('ranking', () => {
  it('ranks the passage holding every query word above names holding one common word', () => {
    expect(top('boracay declaration')[0]).toBe('passage:report#1')
  })

  it('judges a passage by its own text, not its source title', () => {
    // Every passage of "Singapore chairs…" carries "chair" in its title; only one says it.
    const passages = search([index], 'chair hosts', { kind: 'passage' }).hits.map((h) => h.ref)
    expect(passages[0]).toBe('passage:chairs#2')
  })

  it('matches whole words in a finished query, and completes only the word being typed, below exact words', () => {
    expect(top('vice chair')).not.toContain('passage:report#3')
    const typing = top('vice chair', { typing: true })
    expect(typing.indexOf('passage:report#2')).toBeLessThan(typing.indexOf('passage:report#3'))
  })

  it('tolerates a typo in one word of several, below exact matches', () => {
    const hits = search([index], 'boracay declaraton').hits
    expect(hits[0]?.ref).toBe('passage:report#1')
    expect(search([index], 'cybersecurty roadmap').hits[0]?.ref).toBe('passage:report#4')
  })

  it('folds accents on both sides', () => {
    expect(top('nguyen manh hung')[0]).toBe('passage:report#2')
    expect(search([index], 'Nguyễn').hits[0]?.snippet.find((p) => p.match)?.text).toBe('Nguyễn')
  })

  it('finds a word the text writes as one from two typed words', () => {
    const joined = buildIndex(page('notes', 'Notes', ['The meeting was held in Hanoi in January.', 'Ministers discussed cyber resilience.']))
    expect(search([joined], 'ha noi').hits[0]?.ref).toBe('passage:notes#1')
  })

  it('still puts a record first for its exact name', () => {
    expect(top('Hanoi Declaration')[0]).toBe('initiative:hanoi')
    expect(top('bangkok digital declaration')[0]).toBe('initiative:bangkok')
  })

  it('shows a paragraph found in two sources once, as the user’s own copy', () => {
    const line = 'The ministers adopted the Kuching Declaration on digital identity.'
    const both = buildIndex([...page('shipped', 'A release', [line]), ...page('mine', 'My clipping', [line.replace('ministers', 'Ministers')], 'user')])
    const hits = search([both], 'Kuching Declaration').hits
    expect(hits.map((h) => h.id)).toEqual(['mine'])
  })

  it('weighs words by statistics over every index searched together', () => {
    // The same document scores the same alone in a small index or among many.
    const doc = page('one', 'One', ['Quokka governance frameworks for the region.'])
    const alone = buildIndex(doc)
    const many = buildIndex(docs)
    const together = search([many, alone], 'quokka governance').hits.find((h) => h.id === 'one')!.score
    const merged = search([buildIndex([...docs, ...doc])], 'quokka governance').hits.find((h) => h.id === 'one')!.score
    expect(together).toBeCloseTo(merged, 1)
  })
})

import { unpackDocs } from '../../src/shared/search/storedDocs'
import { describe, expect, it } from 'vitest'
import { annotationDocuments, compactForms, datasetDocuments, type SearchDoc } from '../../src/shared/search/documents'
import { buildIndex, loadIndex, search, searchStored, serializeIndex, type SearchIndex, type TextStore } from '../../src/shared/search/engine'
import { parseQuery, words } from '../../src/shared/search/query'
import type { Annotation } from '../../src/shared/model/annotation'
import { shippedDataset } from '../support/dataset'

const docs = datasetDocuments(shippedDataset())
const index = buildIndex(docs)
const mentioning = (word: string) =>
  new Set(docs.filter((d) => `${d.title} ${d.aliases} ${d.body} ${d.partner} ${d.type}`.toLowerCase().includes(word)).map((d) => d.ref))

const passageDoc = (i: number): SearchDoc => ({
  ref: `passage:clip-${i}#1`,
  kind: 'passage',
  id: `clip-${i}`,
  href: `/sources/clip-${i}?at=0-10`,
  title: `Clip ${i}`,
  aliases: '',
  body: '',
  tags: '',
  partner: '',
  type: 'passage source',
  years: [],
  themes: [],
  partners: [],
  meetings: [],
  start: 0,
  end: 10,
  paragraph: 1
})

/** A text store over an index built in memory, noting what each read asked for. */
const textsOf = (built: SearchIndex, asked: string[][]): TextStore => ({
  read: async (docs) => {
    asked.push(docs.map((d) => d.ref))
    return new Map(docs.map((d) => [d.ref, built.docs.get(d.ref)!.body]))
  }
})

describe('query parsing', () => {
  it('tokenises like the index: lower case, folded, letters and digits apart, punctuation trimmed', () => {
    expect(words('Anti-Scam (WG-AS), “ADM2030”!')).toEqual(['anti', 'scam', 'wg', 'as', 'adm', '2030'])
    expect(words('Hà Nội’s 4th ADGMIN-6')).toEqual(['ha', 'noi', '4', 'adgmin', '6'])
  })

  it('reads phrases, required, excluded and scoped words', () => {
    const q = parseQuery('"AI safety" +network -summit title:guide tag:to-verify partner:japan kind:declaration')
    expect(q.phrases).toEqual(['ai safety'])
    expect(q.clauses).toEqual([
      { term: 'ai', presence: 'required' },
      { term: 'safety', presence: 'required' },
      { term: 'network', presence: 'required' },
      { term: 'summit', presence: 'prohibited' },
      { term: 'guide', presence: 'optional', field: 'title' },
      { term: 'to', presence: 'optional', field: 'tags' },
      { term: 'verify', presence: 'optional', field: 'tags' },
      { term: 'japan', presence: 'optional', field: 'partner' },
      { term: 'declaration', presence: 'optional', field: 'type' }
    ])
    expect(q.prefix).toBe('declaration')
  })

  it('treats the last word as a prefix only while it is being typed and has 3+ letters', () => {
    expect(parseQuery('masterp').prefix).toBe('masterp')
    expect(parseQuery('ma').prefix).toBeNull()
    expect(parseQuery('masterp ').prefix).toBeNull()
    expect(parseQuery('-summit').prefix).toBeNull()
  })

  it.each(['title:', '~', '*', '"unclosed', '*leading', 'fuzzy~5', 'a:b:c', '+', '-', '^3', '', '   ', ':::', 'x'.repeat(5000), '\u0000\uffff', '(((', 'field:"'])(
    'never throws on %j',
    (input) => {
      expect(() => parseQuery(input)).not.toThrow()
      expect(() => search([index], input)).not.toThrow()
    }
  )

  it('drops user wildcards and edit distances instead of passing them to lunr', () => {
    expect(parseQuery('*scam~2').clauses).toEqual([{ term: 'scam', presence: 'optional' }, { term: '2', presence: 'optional' }])
    expect(parseQuery('x'.repeat(600)).truncated).toBe(true)
    expect(search([index], 'x'.repeat(5000)).message).toMatch(/first 500 characters/)
  })
})

describe('search engine', () => {
  const refs = (q: string, filters = {}) => search([index], q, filters).hits.map((h) => h.ref)

  it('finds acronyms and aliases in any spelling', () => {
    for (const q of ['ADM2030', 'adm 2030', 'ADM-2030', 'Digital Masterplan 2030']) expect(refs(q)[0], q).toBe('initiative:adm-2030')
    expect(compactForms(['ADM 2030', 'WG-AI'])).toEqual(['ADM 2030', 'ADM2030', 'WG-AI', 'WGAI'])
  })

  it('keeps only hits that contain an exact phrase', () => {
    const hits = search([index], '"Digital Fund"').hits
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) expect(`${h.title} ${h.snippet.map((p) => p.text).join('')}`.toLowerCase()).toMatch(/digital fund|digital center/)
    expect(refs('"Digital Fund"')).not.toContain('initiative:asean-it-centre')
  })

  it('excludes and requires words', () => {
    const japan = mentioning('japan')
    expect(refs('work plan').some((r) => japan.has(r))).toBe(true)
    expect(refs('work plan -japan').filter((r) => japan.has(r))).toEqual([])
    const required = refs('+japan work plan')
    expect(required.length).toBeGreaterThan(3)
    expect(required.filter((r) => !japan.has(r))).toEqual([])
  })

  it('scopes to fields and filters by facets', () => {
    expect(refs('kind:declaration')).toEqual(expect.arrayContaining(['initiative:hanoi-declaration', 'initiative:bangkok-digital-declaration']))
    expect(refs('work plan', { partner: 'india', kind: 'initiative' })).toEqual(
      expect.arrayContaining(['initiative:asean-india-digital-work-plan-2025', 'initiative:asean-india-digital-work-plan-2026'])
    )
    const india = new Set(docs.filter((d) => d.partners.includes('india')).map((d) => d.ref))
    expect(refs('work plan', { partner: 'india', kind: 'initiative' }).filter((r) => !india.has(r))).toEqual([])
    expect(refs('signed', { year: '2024', kind: 'initiative' })).toEqual(expect.arrayContaining(['initiative:mou-asean-china-communications-digital-technology']))
    expect(refs('signed', { year: '2024', kind: 'initiative' })).not.toContain('initiative:adm-2030')
  })

  it('tolerates a typo and says what it searched for instead', () => {
    const outcome = search([index], 'masterplam')
    expect(outcome.hits[0]?.ref).toMatch(/initiative:adm-20(25|30)/)
    expect(outcome.correctedTo).toContain('masterplan')
  })

  it('corrects a typo whose stem is further than one edit from the right stem', () => {
    // "cybersecurty" stems to "cybersecurti", two edits from "cybersecur"; the word itself is one edit away.
    const outcome = search([index], 'cybersecurty ')
    expect(outcome.hits[0]?.title).toMatch(/Cybersecurity/)
    expect(outcome.correctedTo).toContain('cybersecurity')
    expect(search([index], 'cooperaton ').correctedTo).toContain('cooperation')
  })

  it('completes a word being typed, also past the end of its stem', () => {
    // "cooperati" is longer than the stem "cooper" that "cooperation" is indexed under.
    const typing = search([index], 'ASEAN-Japan cooperati', {}, 50, { typing: true })
    expect(typing.correctedTo).toBeNull()
    expect(typing.hits.slice(0, 5).map((h) => h.title).join(' | ')).toMatch(/Japan/)
    expect(typing.hits[0]?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/^(cooperation|japan)$/)]))
    expect(search([index], 'masterpl', {}, 50, { typing: true }).hits[0]?.titleParts.filter((p) => p.match).map((p) => p.text)).toEqual(['Masterplan'])
  })

  it('highlights matched words in a snippet and points passages at their place', () => {
    const hit = search([index], 'subsea cable repair', { kind: 'passage' }).hits[0]!
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['subsea']))
    expect(hit.start).toBeTypeOf('number')
    expect(hit.paragraph).toBeGreaterThan(0)
  })

  it('survives a round trip through storage, its texts read back for the hits shown', async () => {
    const stored = structuredClone(serializeIndex(index))
    // What is stored holds no passage's or record's text: the sources and records keep it.
    const storedDocs = [...unpackDocs(stored.docs, stored.index.refs).values()]
    expect(storedDocs.filter((d) => d.kind === 'passage')).toHaveLength(index.index.refs.filter((r) => r.startsWith('passage:')).length)
    expect(storedDocs.filter((d) => d.body)).toEqual([])
    // Every field but the text comes back as it was built: headings, contexts, facets, offsets.
    expect(storedDocs).toEqual([...index.docs.values()].map((d) => ({ ...d, body: '' })))
    expect(storedDocs.some((d) => d.heading) && storedDocs.some((d) => d.context) && storedDocs.some((d) => d.themes.length > 1)).toBe(true)
    const asked: string[][] = []
    const restored = loadIndex(stored, textsOf(index, asked))
    for (const query of ['anti scam', '"digital economy"', 'subsea cable repair']) {
      const expected = search([index], query)
      expect((await searchStored([restored], query)).hits).toEqual(expected.hits)
    }
    // Only the texts of candidates shown or checked for a phrase were read.
    expect(Math.max(...asked.map((a) => a.length))).toBeLessThanOrEqual(200)
    expect(() => search([restored], 'anti scam')).toThrow(/searchStored/)
  })

  it('checks a phrase in the best candidates first, and says when its count is a floor', async () => {
    // 600 passages hold both words; only every third holds them side by side. Each has words of
    // its own, or they would be shown once as copies of one text.
    const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26))
    const own = (i: number): string => Array.from({ length: 10 }, (_, k) => `zz${letters(i * 10 + k)}`).join(' ')
    const passages = Array.from({ length: 600 }, (_, i) => ({
      ...passageDoc(i),
      body: i % 3 === 0 ? `The quillwort harbour plan: ${own(i)}.` : `The harbour was closed; a quillwort plan: ${own(i)}.`
    }))
    const built = buildIndex(passages)
    const asked: string[][] = []
    const stored = loadIndex(structuredClone(serializeIndex(built)), textsOf(built, asked))
    const few = await searchStored([stored], '"quillwort harbour"', {}, 10)
    expect(few.hits).toHaveLength(10)
    expect(few.hits.every((h) => h.snippet.map((p) => p.text).join('').includes('quillwort harbour'))).toBe(true)
    expect(few.totalIsAtLeast).toBe(true)
    expect(few.total).toBeGreaterThanOrEqual(30)
    expect(few.total).toBeLessThanOrEqual(200)
    // Only the candidates checked were read, not all 600.
    expect(asked.flat().length).toBeLessThan(600)
    // With room for every match, the count is exact, and the same in memory.
    const all = await searchStored([stored], '"quillwort harbour"', {}, 300)
    expect(all.total).toBe(200)
    expect(all.totalIsAtLeast).toBeUndefined()
    expect(search([built], '"quillwort harbour"', {}, 300).hits.map((h) => h.ref)).toEqual(all.hits.map((h) => h.ref))
  })

  it('merges the notes index with the dataset index', () => {
    const note: Annotation = { id: 'n1', kind: 'note', targetType: 'initiative', targetId: 'defa', body: 'Negotiations on DEFA stalled over data localisation', tags: ['trade'], links: [], created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', deleted: null }
    const notes = buildIndex(annotationDocuments([note, { ...note, id: 'n2', deleted: '2026-02-01T00:00:00Z' }], () => 'DEFA'))
    const hits = search([index, notes], 'localisation stalled').hits
    expect(hits[0]?.ref).toBe('note:n1')
    expect(hits.map((h) => h.ref)).not.toContain('note:n2')
    expect(search([index, notes], 'tag:trade').hits.map((h) => h.ref)).toEqual(['note:n1'])
  })
})

describe('search documents from records stored by earlier builds', () => {
  /** A record without the lists its schema gained later (the first release's meetings had no `aliases`). */
  const without = <T extends object>(row: T, ...keys: string[]): T => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k))) as T

  it('builds them with the missing lists read as empty, and finds them', () => {
    const dataset = shippedDataset()
    const meeting = without(dataset.meetings.find((m) => m.id === 'adgmin-5')!, 'aliases', 'observers', 'firstTimeParticipants', 'partnersPresent', 'host', 'status', 'notes')
    const initiative = without(dataset.initiatives.find((i) => i.id === 'adm-2030')!, 'aliases', 'themes', 'partners', 'related', 'events', 'evidence')
    const party = without(dataset.parties.find((p) => p.id === 'japan')!, 'aliases', 'evidence')
    const old = datasetDocuments({ meetings: [meeting], initiatives: [initiative], parties: [party], sources: [] })
    expect(old.map((d) => d.ref)).toEqual(['initiative:adm-2030', 'meeting:adgmin-5', 'party:japan'])
    expect(old[0]).toMatchObject({ aliases: 'ADM 2030 · ADM2030', themes: [], partners: [], meetings: [], years: [] })
    expect(old[1]).toMatchObject({ aliases: '', title: meeting.name })
    const oldIndex = buildIndex(old)
    expect(search([oldIndex], 'ADM2030').hits[0]?.ref).toBe('initiative:adm-2030')
    expect(search([oldIndex], meeting.name).hits[0]?.ref).toBe('meeting:adgmin-5')
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seeded } from '../../bench/corpus'
import { LINKS_PER_RECORD, findMentions, firstMentionsPerRecord, linkedMentions, mentionTerms, type MentionTerm } from '../../src/shared/mentions/findMentions'
import { DATASET_DIR, shippedDataset } from '../support/dataset'

const dataset = shippedDataset()
const terms = [
  ...mentionTerms('initiative', dataset.initiatives),
  ...mentionTerms('meeting', dataset.meetings),
  ...mentionTerms('party', dataset.parties)
]
const source = (id: string) => dataset.sources.find((s) => s.id === id)!
const mentionedIn = (id: string) => new Set(findMentions(source(id).text, terms, id).map((m) => m.entityId))

describe('findMentions', () => {
  it('matches name, acronym and aliases, tolerant of case, spacing and dashes, longest first', () => {
    const t = mentionTerms('initiative', [
      { id: 'adm-2030', name: 'ASEAN Digital Masterplan 2030', acronym: 'ADM 2030', aliases: ['ADM2030'] },
      { id: 'adm', name: 'ASEAN Digital Masterplan' }
    ])
    const text = 'The asean digital\n masterplan 2030 (ADM2030) follows the ASEAN Digital Masterplan. ADM 2030 again; ADM20301 not.'
    const found = findMentions(text, t, 's')
    expect(found.map((m) => [m.entityId, m.text])).toEqual([
      ['adm-2030', 'asean digital\n masterplan 2030'],
      ['adm-2030', 'ADM2030'],
      ['adm', 'ASEAN Digital Masterplan'],
      ['adm-2030', 'ADM 2030']
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('matches short acronyms only in capitals and dash variants across spaces', () => {
    const t = mentionTerms('initiative', [
      { id: 'acs', name: 'ASEAN Cyber Shield', acronym: 'ACS' },
      { id: 'wp', name: '2026 ASEAN-Japan Digital Work Plan' }
    ])
    const found = findMentions('the acs was (ACS); the 2026 ASEAN - Japan Digital Work Plan', t, 's')
    expect(found.map((m) => m.entityId)).toEqual(['acs', 'wp'])
  })

  it('finds names inside Thai sentences where the words begin and end, and a Latin name run into Thai', () => {
    const thai = [
      ...mentionTerms('initiative', [{ id: 'bangkok-declaration', name: 'Bangkok Declaration', aliases: ['ปฏิญญากรุงเทพ'] }]),
      ...mentionTerms('party', [{ id: 'bangkok', name: 'กรุงเทพ' }]),
      ...mentionTerms('meeting', [{ id: 'adgmin', name: 'ADGMIN' }])
    ]
    const found = (text: string) => findMentions(text, thai, 's').map((m) => [m.entityId, m.text])
    // ที่|ประชุม|รับรอง|ปฏิญญา|กรุงเทพ|ว่า|ด้วย: the declaration, not the city inside it.
    expect(found('ที่ประชุมรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้าน')).toEqual([['bangkok-declaration', 'ปฏิญญากรุงเทพ']])
    // กรุงเทพมหานคร is one word: "กรุงเทพ" is not a word of that sentence.
    expect(found('การประชุมจัดขึ้นที่กรุงเทพมหานคร')).toEqual([])
    expect(found('การประชุมจัดขึ้นที่กรุงเทพ เมื่อวานนี้')).toEqual([['bangkok', 'กรุงเทพ']])
    expect(found('ที่ประชุมADGMIN ครั้งที่ 5')).toEqual([['adgmin', 'ADGMIN']])
  })

  it('finds the initiatives each seed document names', () => {
    const expectations: Record<string, string[]> = {
      'my-announcement-adgmin1': ['asean-digital-data-governance-framework', 'policy-recommendations-5g-ecosystem', 'adgmin-1'],
      'sg-press-release-adgmin4': ['joint-guide-asean-mcc-eu-scc', 'mou-asean-china-communications-digital-technology', 'telmin', 'adgmin-4', 'adgsom-4'],
      'th-press-release-adgmin5': ['adm-2030', 'adm-2025', 'defa', 'wg-ai', 'declaration-asean-ai-safety-network', 'asean-guide-sustainable-data-centre-development'],
      'vjst-article-adgmin6': ['adm-2030', 'apamm', 'atpmm', 'asean-digital-fund', 'wg-sc', 'wg-as', 'kadif', 'hanoi-declaration', 'asean-regional-cert', 'adgmin-7'],
      'asean-sg-digital-activities': ['bangkok-digital-declaration', 'adgmin-4-japan', 'adgmin-5']
    }
    for (const [id, expected] of Object.entries(expectations)) expect([...mentionedIn(id)], id).toEqual(expect.arrayContaining(expected))
  })

  it('ships a mentions index equal to what the finder computes now', () => {
    const shipped = JSON.parse(readFileSync(resolve(DATASET_DIR, 'mentions.json'), 'utf8'))
    const computed = dataset.sources.flatMap((s) => findMentions(s.text, terms, s.id))
    expect(shipped).toEqual(computed)
  })

  it('links the first few places each record is named in a source, in reading order', () => {
    const t = mentionTerms('party', [
      { id: 'sg', name: 'Singapore' },
      { id: 'jp', name: 'Japan' }
    ])
    const text = Array.from({ length: 12 }, (_, i) => `Singapore met Japan (${i}).`).join(' ') + ' Japan closed.'
    expect(findMentions(text, t, 's')).toHaveLength(25)
    const kept = linkedMentions(text, t, 's')
    expect(LINKS_PER_RECORD).toBe(5)
    expect(kept.filter((m) => m.entityId === 'sg')).toHaveLength(5)
    expect(kept.filter((m) => m.entityId === 'jp')).toHaveLength(5)
    // The first ones, still sorted by position: the reader walks them in order.
    expect(kept.map((m) => m.start)).toEqual([...kept.map((m) => m.start)].sort((a, b) => a - b))
    expect(kept.at(-1)!.start).toBeLessThan(text.indexOf('(5)'))
    // The same record id under two kinds counts apart.
    expect(firstMentionsPerRecord([{ entityType: 'party', entityId: 'x' }, { entityType: 'initiative', entityId: 'x' }], 1)).toHaveLength(2)
  })
})

describe('a page dense with names', () => {
  /**
   * The rule, written plainly: longest terms first; a term's matches left to right, each after the
   * last; a match must stand at word boundaries and share no character with one taken before. A
   * word boundary: no letter or digit outside the match, or one of another script (Thai against
   * Latin), or, in Thai, Lao, Khmer or Burmese, a place where the segmenter cuts words.
   */
  function plainly(text: string, list: readonly MentionTerm[] = terms): { start: number; end: number; entityId: string }[] {
    const ordered = [...list].sort((a, b) => b.term.length - a.term.length || a.entityId.localeCompare(b.entityId))
    const taken: [number, number][] = []
    const out: { start: number; end: number; entityId: string }[] = []
    // The letter or digit (a whole code point) just before and just after a match.
    const unspaced = (c: string | undefined) => c !== undefined && /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uAA60-\uAA7F]/u.test(c)
    const isWord = (c: string | undefined) => c !== undefined && (/^[\p{L}\p{N}]$/u.test(c) || unspaced(c))
    const before = (at: number) => [...text.slice(Math.max(0, at - 2), at)].at(-1)
    const after = (at: number) => [...text.slice(at, at + 2)][0]
    const cuts = new Set([...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)].flatMap((s) => [s.index, s.index + s.segment.length]))
    const edge = (at: number, inside: string | undefined, outside: string | undefined) =>
      !isWord(outside) || (isWord(inside) && (unspaced(inside) !== unspaced(outside) || (unspaced(outside) && cuts.has(at))))
    for (const t of ordered) {
      const words = t.term.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]").replace(/-|–|—/g, '\\s*[-–—]\\s*'))
      const pattern = new RegExp(words.join('\\s+'), t.term.length <= 5 && /^[A-Z0-9-]+$/.test(t.term) ? 'gu' : 'giu')
      for (const m of text.matchAll(pattern)) {
        const [start, end] = [m.index, m.index + m[0].length]
        if (!edge(start, after(start), before(start)) || !edge(end, before(end), after(end)) || taken.some(([s, e]) => start < e && end > s)) continue
        taken.push([start, end])
        out.push({ start, end, entityId: t.entityId })
      }
    }
    return out.sort((a, b) => a.start - b.start)
  }

  it('finds exactly what the plain rule finds, on a page that names every record many times over', () => {
    // Every name, acronym and other name, one after another, with overlaps and prose between.
    const text = Array.from({ length: 6 }, (_, i) => `${terms.map((t) => t.term).join(i % 2 ? ' and ' : '; ')}. The ASEAN Digital Ministers met again.`).join('\n\n')
    const found = findMentions(text, terms, 'dense').map((m) => ({ start: m.start, end: m.end, entityId: m.entityId }))
    expect(found.length).toBeGreaterThan(6 * terms.length * 0.8)
    expect(found).toEqual(plainly(text))
  })

  it('finds exactly what the plain rule finds in any script and case, letters beyond the BMP and a dotted İ among them', () => {
    const own = [
      ...terms,
      ...mentionTerms('party', [
        { id: 'istanbul', name: 'İstanbul Digital Forum' },
        { id: 'hanoi', name: 'Hà Nội Declaration', aliases: ['ĐẠI HỘI'] },
        { id: 'thai', name: 'กระทรวงดิจิทัล', acronym: 'ดศ' },
        { id: 'math', name: '𝐀𝐒𝐄𝐀𝐍 Bold' },
        { id: 'sigma', name: 'ΣΟΦΙΑ ΣΧΕΔΙΟ' }
      ])
    ]
    // Words of the terms in every case, glued to letters, digits, marks and symbols around them.
    const words = [...new Set([...own.map((t) => t.term), ...own.flatMap((t) => t.term.split(/\s+/))])]
    const glue = [' ', '  ', '\n', '-', '–', '’', '', 'x', '9', '\u0307', '😀', '𝐁', '𝟏', '\ud800', '.', ', ', 'ก']
    const next = seeded(7)
    const random = (n: number): number => Math.floor(next() * n)
    for (let round = 0; round < 40; round++) {
      let text = ''
      for (let i = 0; i < 400; i++) {
        const word = words[random(words.length)]!
        text += [word, word.toUpperCase(), word.toLowerCase()][random(3)]! + (random(3) ? ' ' : glue[random(glue.length)]!)
      }
      const found = findMentions(text, own, 'mixed').map((m) => ({ start: m.start, end: m.end, entityId: m.entityId }))
      expect(found).toEqual(plainly(text, own))
    }
  })
})

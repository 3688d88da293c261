import { describe, expect, it } from 'vitest'
import { linkMarkup, linksTo, noteLinks, openLinkAt, replaceLinks, suggestLinks } from '../../src/shared/annotations/noteLinks'

describe('links in notes', () => {
  const body = `Compare [[initiative:adm-2030|ASEAN Digital Masterplan 2030]] with [[meeting:adgmin-5]].\nNot a link: [[initiative:]] [[person:x]]`

  it('reads each link by type and id, with the label it was written with', () => {
    expect(noteLinks(body).map(({ type, id, label }) => [type, id, label])).toEqual([
      ['initiative', 'adm-2030', 'ASEAN Digital Masterplan 2030'],
      ['meeting', 'adgmin-5', 'adgmin-5']
    ])
    expect(linksTo(body, 'meeting', 'adgmin-5')).toBe(true)
    expect(linksTo(body, 'meeting', 'adgmin-4')).toBe(false)
    expect(linksTo('[[initiative:adm-2030x|X]]', 'initiative', 'adm-2030')).toBe(false)
  })

  it('writes a label that cannot end the link early', () => {
    const markup = linkMarkup('initiative', 'x', 'A [draft] | B\nC')
    expect(markup).toBe('[[initiative:x|A draft B C]]')
    expect(noteLinks(markup)).toHaveLength(1)
  })

  it('replaces links and keeps the rest of the note as written', () => {
    expect(replaceLinks(body, (l) => `<${l.type}/${l.id}>`)).toBe('Compare <initiative/adm-2030> with <meeting/adgmin-5>.\nNot a link: [[initiative:]] [[person:x]]')
  })

  it('knows when a link is being typed at the caret', () => {
    expect(openLinkAt('See [[mast', 10)).toEqual({ from: 4, query: 'mast' })
    expect(openLinkAt('See [[', 6)).toEqual({ from: 4, query: '' })
    expect(openLinkAt('See [[x]] and more', 18)).toBeNull()
    expect(openLinkAt('See [[a\nb', 9)).toBeNull()
    expect(openLinkAt('No link', 7)).toBeNull()
  })

  it('suggests records by any word of a name or alias, accents aside, names that start with it first', () => {
    const candidates = [
      { type: 'initiative' as const, id: 'adm-2030', name: 'ASEAN Digital Masterplan 2030', aliases: ['ADM 2030'] },
      { type: 'initiative' as const, id: 'adm-2025', name: 'ASEAN Digital Masterplan 2025', aliases: ['ADM 2025'] },
      { type: 'party' as const, id: 'viet-nam', name: 'Việt Nam' },
      { type: 'meeting' as const, id: 'adgmin-5', name: '5th ASEAN Digital Ministers’ Meeting', aliases: ['ADGMIN 5'] }
    ]
    expect(suggestLinks(candidates, 'masterplan 2030').map((c) => c.id)).toEqual(['adm-2030'])
    expect(suggestLinks(candidates, 'viet').map((c) => c.id)).toEqual(['viet-nam'])
    expect(suggestLinks(candidates, 'adm').map((c) => c.id)).toEqual(['adm-2025', 'adm-2030'])
    expect(suggestLinks(candidates, 'adgmin').map((c) => c.id)).toEqual(['adgmin-5'])
    expect(suggestLinks(candidates, '', 2)).toHaveLength(2)
  })
})

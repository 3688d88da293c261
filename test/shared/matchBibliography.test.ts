import { describe, expect, it } from 'vitest'
import { matchBibliography, metadataFrom, urlKey } from '../../src/shared/citations/matchBibliography'
import { fromBibliography } from '../../src/shared/citations/bibliography'

const sources = [
  { id: 'user-a', title: 'Việt Nam hosts ADGMIN 6', url: 'https://www.mic.gov.vn/news/adgmin-6/' },
  { id: 'user-b', title: 'ASEAN Digital Ministers’ Meeting: Joint Media Statement', url: null },
  { id: 'user-c', title: 'Another page', url: null }
]

describe('a bibliography read against the library', () => {
  it('matches entries by URL written another way, else by title with accents and punctuation aside', () => {
    const bib = `@online{hoang2026,
  author = {Hoàng, Minh and {Ministry of Information and Communications}},
  title = {Vietnam hosts the 6th ADGMIN},
  url = {http://mic.gov.vn/news/adgmin-6},
  date = {2026-01-16},
  urldate = {2026-02-01},
  publisher = {MIC}
}
@report{asean2026,
  title = {ASEAN Digital Ministers' Meeting - Joint Media Statement},
  institution = {ASEAN Secretariat},
  date = {2026-01}
}
@misc{nomatch, title = {Something else}}`
    const entries = fromBibliography(bib)
    const { matches, unmatched } = matchBibliography(entries, sources)
    expect(matches.map((m) => [m.sourceId, m.by])).toEqual([
      ['user-a', 'url'],
      ['user-b', 'title']
    ])
    expect(unmatched.map((e) => e.title)).toEqual(['Something else'])
    expect(metadataFrom(matches[0]!.entry)).toMatchObject({
      title: 'Vietnam hosts the 6th ADGMIN',
      publishedOn: '2026-01-16',
      accessedOn: '2026-02-01',
      url: 'http://mic.gov.vn/news/adgmin-6',
      authors: [{ family: 'Hoàng', given: 'Minh' }, { literal: 'Ministry of Information and Communications' }]
    })
    expect(metadataFrom(matches[1]!.entry)).toMatchObject({ publishedOn: '2026-01', cslType: 'report' })
  })

  it('reads RIS and CSL-JSON too, and says what is wrong with a file that is none of them', () => {
    expect(fromBibliography('TY  - ELEC\nTI  - Another page\nPY  - 2025\nER  - \n').map((e) => e.title)).toEqual(['Another page'])
    expect(fromBibliography('[{"id":"x","type":"webpage","title":"Another page"}]').map((e) => e.type)).toEqual(['webpage'])
    expect(() => fromBibliography('Just some text')).toThrow(/not CSL-JSON .*BibTeX .*RIS/)
    expect(() => fromBibliography('')).toThrow(/empty/)
  })

  it('writes a URL the same however it was given', () => {
    expect(urlKey('https://www.Example.org/a/b/')).toBe('example.org/a/b')
    expect(urlKey('http://example.org/a/b#top')).toBe('example.org/a/b')
    expect(urlKey('example.org/a/b?x=1')).toBe('example.org/a/b?x=1')
  })
})

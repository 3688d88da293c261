import { describe, expect, it } from 'vitest'
// @ts-expect-error citeproc-js ships no type declarations
import CSL from 'citeproc'
import { citationKeys, cslItemOf, type CitableSource, type CslItem } from '../../src/shared/citations/csl'
import { formatCitation } from '../../src/shared/citations/format'
import { CITATION_STYLES, CSL_LOCALES } from '../../src/shared/citations/styles'
import { fromBibliography, toBibliography } from '../../src/shared/citations/bibliography'
import { shippedDataset } from '../support/dataset'

const shipped = shippedDataset().sources
const news = shipped.find((s) => s.kind === 'news-report')!
const statement = shipped.find((s) => s.id === 'th-press-release-adgmin5')!
/** A Thai ministry's release in an English translation, as a user would import it. */
const translation: CitableSource = {
  id: 'user-mdes-translation',
  title: 'Thailand hosts the 5th ASEAN Digital Ministers’ Meeting',
  publisher: 'Ministry of Digital Economy and Society (MDES), Thailand',
  publishedOn: '2025-01-17',
  url: 'https://www.mdes.go.th/news/detail/8834',
  language: 'en',
  kind: 'translation',
  translatedFrom: { language: 'th', title: 'ไทยเป็นเจ้าภาพการประชุมรัฐมนตรีดิจิทัลอาเซียน ครั้งที่ 5' },
  imported: '2026-03-02T10:00:00.000Z'
}

/** citeproc-js itself, run directly on the same CSL-JSON and style: what the style's own processor gives. */
function citeproc(item: CslItem, xml: string, lang: string, locator?: { label: string; value: string }): { inText: string; reference: string } {
  const sys = { retrieveLocale: (lang: string) => CSL_LOCALES[lang] ?? CSL_LOCALES['en-US'], retrieveItem: () => item }
  const engine = new CSL.Engine(sys, xml, lang)
  engine.setOutputFormat('html')
  engine.updateItems([item.id])
  const cluster = engine.makeCitationCluster([{ id: item.id, ...(locator ? { locator: locator.value, label: locator.label } : {}) }])
  const [, entries] = engine.makeBibliography() as [unknown, string[]]
  return { inText: cluster, reference: entries.join('') }
}

const squash = (html: string): string => html.replace(/\s+/g, ' ').trim()

describe('citations', () => {
  const keys = citationKeys([news, statement, translation])

  it('gives readable keys that stay the same and never collide', () => {
    expect(keys.get(statement.id)).toMatch(/^mdes2025[a-z]+$/)
    expect(keys.get(news.id)).toMatch(/^vjstmost2026[a-z]+$/)
    const twice = citationKeys([statement, { ...statement, id: 'a-copy' }])
    expect(new Set(twice.values()).size).toBe(2)
    expect(citationKeys([statement, { ...statement, id: 'a-copy' }])).toEqual(twice)
  })

  it('describes each source in CSL-JSON with only what its record states', () => {
    const item = cslItemOf(news, 'k')
    expect(item).toMatchObject({ type: 'article-newspaper', title: news.title, 'container-title': news.publisher, issued: { 'date-parts': [news.publishedOn!.split('-').map(Number)] }, language: 'en' })
    expect(item.author).toBeUndefined()
    expect(cslItemOf(statement, 'k')).toMatchObject({ type: 'document', genre: 'Press release', author: [{ literal: statement.publisher }], publisher: statement.publisher })
    const undated = cslItemOf(shipped.find((s) => !s.publishedOn && !s.publisher)!, 'k')
    expect(undated.issued).toBeUndefined()
    expect(undated.author).toBeUndefined()
    const translated = cslItemOf(translation, 'k')
    expect(translated.genre).toBe('Translated from Thai')
    expect(translated['original-title']).toBe(translation.translatedFrom!.title)
    expect(translated.accessed).toEqual({ 'date-parts': [[2026, 3, 2]] })
  })

  for (const style of CITATION_STYLES) {
    it(`formats a news report, a ministry release and a translation in ${style.label} as citeproc-js does`, () => {
      for (const source of [news, statement, translation]) {
        const item = cslItemOf(source, keys.get(source.id)!)
        const locator = { label: 'paragraph' as const, value: '3' }
        const ours = formatCitation(item, style.id, locator)
        const theirs = citeproc(item, style.xml, style.locale, locator)
        expect(squash(ours.inText.html)).toBe(squash(theirs.inText))
        expect(squash(ours.reference.html)).toBe(squash(theirs.reference))
        // The reference names the source and the citation its paragraph.
        expect(ours.reference.text.toLowerCase()).toContain(source.title.slice(0, 20).toLowerCase())
        expect(ours.inText.text).toMatch(/\b3\b/)
        expect(ours.reference.markdown).not.toMatch(/<[a-z]/)
      }
    }, 30_000)
  }

  it('says a translation is one in the reference', () => {
    const apa = formatCitation(cslItemOf(translation, 'k'), 'apa')
    expect(apa.reference.text).toMatch(/Translated from Thai/)
  })

  it('writes BibTeX, BibLaTeX and RIS that read back to the same sources', () => {
    const items = [news, statement, translation].map((s) => cslItemOf(s, keys.get(s.id)!))
    for (const format of ['bibtex', 'biblatex', 'ris'] as const) {
      const written = toBibliography(items, format)
      const read = fromBibliography(written)
      expect(read.map((r) => r.title), format).toEqual(items.map((i) => i.title))
      expect(read.map((r) => r.issued?.['date-parts'][0]?.[0]), format).toEqual(items.map((i) => i.issued?.['date-parts'][0]?.[0]))
      expect(read.map((r) => r.URL ?? null), format).toEqual(items.map((i) => i.URL ?? null))
    }
    expect(toBibliography(items, 'bibtex')).toContain(`{${keys.get(statement.id)},`)
  })
})

import { describe, expect, it } from 'vitest'
import { malayRoots } from '../../src/shared/text/malay'
import { buildIndex, IndexBuilder, loadIndex, search, searchStored, serializeIndex, type TextStore } from '../../src/shared/search/engine'
import { passageDocuments } from '../../src/shared/search/documents'

describe('Malay and Indonesian word families', () => {
  it.each([
    ['menulis', 'ditulis', 'tulisan', 'penulis'],
    ['mengirim', 'dikirim', 'kiriman', 'pengiriman'],
    ['menandatangani', 'ditandatangani', 'penandatanganan'],
    ['dukung', 'didukung', 'mendukung', 'dukungan', 'pendukung'],
    ['menyekat', 'disekat', 'sekatan'],
    ['melatih', 'pelatihan', 'latihan', 'dilatih'],
    ['melancarkan', 'pelancaran', 'dilancarkan'],
    ['mengesan', 'dikesan', 'pengesanan']
  ])('gives %s and the other words of its family a root in common', (...words) => {
    const shared = words.map((w) => new Set(malayRoots(w))).reduce((a, b) => new Set([...a].filter((r) => b.has(r))))
    expect([...shared], words.map((w) => `${w}: ${malayRoots(w).join('/')}`).join(', ')).not.toEqual([])
  })

  it('gives no root to what is not a word', () => {
    expect(malayRoots('2026')).toEqual([])
    expect(malayRoots('di')).toEqual([])
  })
})

describe('search in Malay and Indonesian passages', () => {
  const source = (id: string, language: string, text: string) => ({ id, title: id, publishedOn: null, text, language, origin: 'user' as const })
  const docs = [
    ...passageDocuments(source('derived', 'id', 'Program itu didukung oleh tiga negara anggota.')),
    ...passageDocuments(source('exact', 'id', 'Dukungan penuh diberikan kepada program itu.')),
    ...passageDocuments(source('malay', 'ms', 'Syarikat telekomunikasi akan diwajibkan menyekat panggilan palsu.')),
    ...passageDocuments(source('english', 'en', 'The sign at the entrance was supported by the same ministry.')),
    ...passageDocuments(source('quoted', 'en', 'The release said the plan was didukung by partners.'))
  ]
  const ids = (query: string, index = buildIndex(docs)) => search([index], query).hits.map((h) => h.id)

  it('finds a word by another word of its family, the word itself first, and marks it in the snippet', () => {
    expect(ids('dukungan')).toEqual(['exact', 'derived'])
    expect(new Set(ids('mendukung'))).toEqual(new Set(['derived', 'exact']))
    const hit = search([buildIndex(docs)], 'dukungan').hits.find((h) => h.id === 'derived')!
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['didukung'])
    expect(ids('sekatan panggilan')[0]).toBe('malay')
  })

  it('reads English passages as English: no family matches there', () => {
    // "design" would be de- + "sign" to a Malay stemmer, and "didukung" in an English text is a quoted word.
    expect(ids('design')).toEqual([])
    expect(ids('dukungan')).not.toContain('quoted')
    expect(ids('didukung')).toContain('quoted')
  })

  it('keeps each passage\'s language in the stored index, so a merge rebuilds its families', async () => {
    const texts: TextStore = { read: async (wanted) => new Map(wanted.map((d) => [d.ref, docs.find((x) => x.ref === d.ref)!.body])) }
    const stored = loadIndex(structuredClone(serializeIndex(buildIndex(docs, texts))), texts)
    const merged = (await new IndexBuilder(texts).addStored([...stored.docs.values()], 2)).finish()
    expect((await searchStored([merged], 'dukungan')).hits.map((h) => h.id)).toEqual(['exact', 'derived'])
  })
})

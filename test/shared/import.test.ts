import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seeded } from '../../bench/corpus'
import { decodeBytes, NotTextError, repairMojibake } from '../../src/shared/import/decode'
import { findDate, frontMatter, htmlMetadata, markdownToText, parseMarkdown, parsePlainText } from '../../src/shared/import/metadata'
import { suggestRecords } from '../../src/shared/import/suggestions'
import { normalisedHash, parseDocument } from '../../src/shared/import/parseDocument'
import { joinItems } from '../../src/shared/import/pdfText'
import { buildIndex, search } from '../../src/shared/search/engine'
import { passageDocuments } from '../../src/shared/search/documents'
import { nodeImportTools } from '../../scripts/lib/library'
import { contentHash } from '../../src/shared/annotations/anchoring'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decoding imported bytes', () => {
  const text = 'Việt Nam hosts “ADGMIN 6” — Hà Nội, 2026'
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(text))).toMatchObject({ text, encoding: 'utf-8' })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({ text, encoding: 'utf-8' })
  })

  it('reads UTF-16 with either byte order mark', () => {
    const le = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      le.set([c & 0xff, c >> 8], 2 + i * 2)
      be.set([c >> 8, c & 0xff], 2 + i * 2)
    }
    expect(decodeBytes(le)).toMatchObject({ text, encoding: 'utf-16le' })
    expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-16be' })
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Café – résumé" in Windows-1252.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9])
    expect(decodeBytes(bytes)).toMatchObject({ text: 'Café – résumé', encoding: 'windows-1252' })
  })

  it('reads Thai in TIS-620 / Windows-874 and Vietnamese in Windows-1258, the marks composed', () => {
    const thai = 'กระทรวงดิจิทัล ADGMIN ครั้งที่ 5 การหลอกลวงออนไลน์'
    const tis620 = new Uint8Array([...thai].map((c) => (c.charCodeAt(0) >= 0x0e01 ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))))
    expect(decodeBytes(tis620)).toMatchObject({ text: thai, encoding: 'windows-874' })
    // "Việt Nam, Hà Nội, kết nối": tone marks are bytes of their own after the vowel.
    const cp1258 = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x2c, 0x20, 0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x2c, 0x20, 0x6b, 0xea, 0xec, 0x74, 0x20, 0x6e, 0xf4, 0xec, 0x69])
    const decoded = decodeBytes(cp1258)
    expect(decoded).toMatchObject({ text: 'Việt Nam, Hà Nội, kết nối', encoding: 'windows-1258' })
    expect(decoded.text).toBe(decoded.text.normalize('NFC'))
  })

  it('names a legacy encoding in the cleaning notes', async () => {
    const thai = 'ข่าวประชาสัมพันธ์\n\nที่ประชุมรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้านการหลอกลวงออนไลน์'
    const bytes = new Uint8Array([...thai].map((c) => (c.charCodeAt(0) >= 0x0e01 ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))))
    const parsed = await parseDocument('release.txt', bytes, { readPdf: () => Promise.reject(new Error('no pdf')) })
    expect(parsed.text).toContain('การหลอกลวงออนไลน์')
    expect(parsed.cleaning).toContain('Read as windows-874 (TIS-620, Thai).')
  })

  it('refuses binary data with a text extension', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0)])
    expect(() => decodeBytes(png)).toThrow(NotTextError)
  })

  it('repairs UTF-8 that was read as Windows-1252 or 1250, and says so', () => {
    expect(repairMojibake('CafÃ© and â€œquotesâ€\u009d in ASEANâ€™s plan')).toEqual({ text: 'Café and “quotes” in ASEAN’s plan', count: 4 })
    expect(repairMojibake('Hà Nội and Ã alone, São Paulo, naïve')).toEqual({ text: 'Hà Nội and Ã alone, São Paulo, naïve', count: 0 })
    expect(decodeBytes(utf8('ASEANâ€™s masterplan')).repairs).toEqual(['Repaired 1 mis-decoded character sequence (UTF-8 read as Windows-1252/1250).'])
  })
})

describe('metadata from each format', () => {
  it('reads an HTML page’s head without running it', () => {
    const html = `<!doctype html><html lang="en-SG"><head>
      <title>Ignored &amp; plain</title>
      <meta property="og:title" content="Singapore hosts the 4th ADGMIN &amp; ADGMIN+ meetings">
      <meta property="og:site_name" content="Ministry of Digital Development and Information">
      <meta name="article:published_time" content="2024-02-01T09:00:00+08:00">
      <link rel="canonical" href="https://www.mddi.gov.sg/media-centre/press-releases/adgmin4/">
      <script>window.__trap = 1</script></head><body><h1>Other</h1><p>Text</p></body></html>`
    expect(htmlMetadata(html)).toEqual({
      title: 'Singapore hosts the 4th ADGMIN & ADGMIN+ meetings',
      publisher: 'Ministry of Digital Development and Information',
      publishedOn: '2024-02-01',
      url: 'https://www.mddi.gov.sg/media-centre/press-releases/adgmin4/',
      language: 'en-SG'
    })
  })

  it('falls back to <title>, then the first heading, and a date in the body; refuses javascript: URLs', () => {
    expect(htmlMetadata('<title>Release</title><link rel=canonical href="javascript:alert(1)"><p>Bangkok, 16 January 2025 – Ministers met.</p>')).toMatchObject({
      title: 'Release',
      publishedOn: '2025-01-16',
      url: null
    })
    expect(htmlMetadata('<h1>Joint <b>Statement</b></h1>').title).toBe('Joint Statement')
  })

  it('reads Markdown front matter, else the first heading', () => {
    const md = `---\ntitle: "Chairman's Statement: ADGMIN 7"\ndate: 2027-01-15\nurl: https://asean.org/adgmin7\npublisher: ASEAN Secretariat\nlang: en\n---\n\n# Heading\n\nThe **7th ADGMIN** adopted the [roadmap](https://x.test).\n`
    expect(parseMarkdown(md)).toEqual({
      metadata: { title: "Chairman's Statement: ADGMIN 7", publisher: 'ASEAN Secretariat', publishedOn: '2027-01-15', url: 'https://asean.org/adgmin7', language: 'en' },
      text: 'Heading\n\nThe 7th ADGMIN adopted the roadmap.'
    })
    expect(parseMarkdown('# My reading notes\n\nWritten 3 March 2026.').metadata).toMatchObject({ title: 'My reading notes', publishedOn: '2026-03-03' })
  })

  it('keeps no markup or raw HTML in Markdown’s reading text', () => {
    expect(markdownToText('<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b\n\n> quoted *text*')).toBe('A b\n\nquoted text')
  })

  it('reads a plain text’s first line and a date line near the top', () => {
    expect(parsePlainText('ASEAN Digital Ministers meet in Hanoi\r\nPublished: January 16, 2026\r\n\r\nBody text.').metadata).toMatchObject({
      title: 'ASEAN Digital Ministers meet in Hanoi',
      publishedOn: '2026-01-16'
    })
  })

  it.each([
    ['on 2025-01-16 in', '2025-01-16'],
    ['16th January 2025', '2025-01-16'],
    ['Jan. 16, 2025', '2025-01-16'],
    ['16/01/2025', '2025-01-16'],
    ['31/02/2025', null],
    ['no date here', null]
  ])('finds the date in %j', (text, date) => expect(findDate(text)).toBe(date))

  it('ignores a front matter that is not one', () => {
    expect(frontMatter('No front matter\n---\n').fields).toEqual({})
  })
})

describe('suggestions from a new text', () => {
  const known = { names: ['ASEAN Digital Masterplan 2030', 'ADM 2030', 'DEFA', 'Viet Nam'], meetings: { ADGMIN: [1, 4, 5, 6, 7] } }
  const text =
    'The 8th ADGMIN will be held in 2028. Ministers launched the ASEAN Working Group on Quantum Computing (WG-QC). ' +
    'They adopted the Declaration on Digital Public Infrastructure and noted the ASEAN Digital Masterplan 2030 (ADM 2030). ' +
    'The 7th ADGMIN is announced for January 2027.'

  it('lists new meetings, acronyms and document titles with their sentences, not known ones', () => {
    const found = suggestRecords(text, known)
    expect(found.map((s) => [s.kind, s.name, s.acronym])).toEqual([
      ['meeting', '8th ADGMIN', null],
      ['initiative', 'ASEAN Working Group on Quantum Computing', 'WG-QC'],
      ['initiative', 'Declaration on Digital Public Infrastructure', null]
    ])
    expect(found[1]!.sentence).toBe('Ministers launched the ASEAN Working Group on Quantum Computing (WG-QC).')
    expect(text.slice(found[2]!.start, found[2]!.end)).toBe(found[2]!.sentence)
  })
})

describe('the hash that finds an imported document again', () => {
  it('is the hash of the text with its whitespace collapsed, trimmed and lower-cased, as earlier imports stored it', () => {
    // Every character JavaScript's \s matches, letters whose lower case is longer or depends on
    // the next letter (İ, final Σ), and letters beyond the BMP.
    const pieces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e']
    const letters = ['ASEAN', 'İstanbul', 'ΣΟΦΟΣ', 'Σ', 'Hà Nội', 'กระทรวง', '𝐀𝐁', 'ẞ', 'x', '9', '.']
    const next = seeded(11)
    const random = (n: number): number => Math.floor(next() * n)
    const reference = (text: string): string => contentHash(text.replace(/\s+/g, ' ').trim().toLowerCase())
    for (let round = 0; round < 300; round++) {
      let text = ''
      for (let i = random(12); i > 0; i--) text += random(2) ? pieces[random(pieces.length)]! : letters[random(letters.length)]!
      expect(normalisedHash(text)).toBe(reference(text))
    }
    expect(normalisedHash('  The   Ministers\n\nmet. ')).toBe(normalisedHash('the ministers met.'))
    expect(normalisedHash('The ministers met.')).not.toBe(normalisedHash('The ministers met'))
  })
})

describe('the text of a PDF in Thai and Vietnamese', () => {
  const at = (x: number, y = 700, size = 10) => [size, 0, 0, size, x, y]
  it('joins the pieces a word was placed in, and puts spaces and line breaks where the page has them', () => {
    const { text, unmapped } = joinItems([
      { str: 'ดิ', transform: at(10), width: 6 },
      { str: 'จิ', transform: at(16), width: 5.5 },
      { str: 'ทัล', transform: at(21.6), width: 12 },
      // 4 points apart at a 10-point size: another word.
      { str: 'H', transform: at(37.6), width: 7 },
      { str: 'ộ', transform: at(44.6), width: 5 },
      { str: 'i', transform: at(49.6), width: 2, hasEOL: true },
      { str: 'ที\u0000', transform: at(10, 688), width: 6 },
      { str: 'ประชุม', transform: at(16, 688), width: 30 },
      // The next line, without an end-of-line mark.
      { str: 'Hà Nội', transform: at(10, 676), width: 30 }
    ])
    expect(text).toBe('ดิจิทัล Hội\nทีประชุม Hà Nội')
    expect(unmapped).toBe(1)
  })

  it('reads a PDF printed by Chromium into whole words that search finds, and notes the characters it lacks', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/import/thai-vietnamese.pdf')))
    const parsed = await parseDocument('thai-vietnamese.pdf', bytes, nodeImportTools)
    expect(parsed.text).toContain('ให้การรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้านการหลอกลวงออนไลน์')
    expect(parsed.text).toContain('Hội nghị Bộ trưởng Số ASEAN lần thứ 6 khai mạc tại Hà Nội.')
    expect(parsed.metadata.language).toBe('th')
    expect(parsed.cleaning.join(' ')).toMatch(/\d+ characters the PDF gives no text for .* were left out/)
    const index = buildIndex(passageDocuments({ id: 'pdf', title: 'PDF', publishedOn: null, text: parsed.text, language: 'th' }))
    for (const query of ['หลอกลวงออนไลน์', 'โทรคมนาคม', 'hoi nghi bo truong so']) expect(search([index], query).hits[0]?.id, query).toBe('pdf')
  })
})

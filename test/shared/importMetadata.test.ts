import { describe, expect, it } from 'vitest'
import {
  headerBlock,
  parseMarkdown,
  parsePlainText,
  textTitle
} from '../../src/shared/import/metadata'
import { parseDocument, type ImportTools } from '../../src/shared/import/parseDocument'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const tools = (pages: string[] = []): ImportTools => ({
  readPdf: async () => ({ pages })
})
const pdfBytes = utf8('%PDF-1.7')

const SAVED = [
  'Title: ASEAN ministers meet in Ha Noi',
  'URL: https://asean.org/adgmin7-release',
  'Published: 16 January 2027',
  'Publisher: ASEAN Secretariat',
  'Language: en',
  '',
  'Ministers reviewed the ASEAN Digital Masterplan 2030.',
  '',
  'They adopted the roadmap.'
].join('\n')
const SAVED_METADATA = {
  title: 'ASEAN ministers meet in Ha Noi',
  publisher: 'ASEAN Secretariat',
  publishedOn: '2027-01-16',
  url: 'https://asean.org/adgmin7-release',
  language: 'en'
}
const SAVED_TEXT = 'Ministers reviewed the ASEAN Digital Masterplan 2030.\n\nThey adopted the roadmap.'
const SAVED_PARSED = { metadata: SAVED_METADATA, text: SAVED_TEXT }
const NOTE = 'Note: this is not metadata, it is prose that happens to have a colon.'

describe('a header block of key: value lines', () => {
  it('is read as metadata and left out of a plain text', () => {
    expect(parsePlainText(SAVED)).toEqual(SAVED_PARSED)
  })

  it('is read as metadata and left out of a Markdown text', () => {
    const md = SAVED.replace('Ministers reviewed', '# Heading\n\nMinisters **reviewed**')
    expect(parseMarkdown(md)).toEqual({ metadata: SAVED_METADATA, text: `Heading\n\n${SAVED_TEXT}` })
  })

  it('is read by parseDocument for .txt and .md files alike', async () => {
    for (const name of ['saved.txt', 'saved.md']) {
      expect(await parseDocument(name, utf8(SAVED), tools())).toMatchObject(SAVED_PARSED)
    }
  })

  it('takes keys in any case and spelling, and values continued on indented lines', () => {
    const text = [
      'tItLe: Mixed case',
      'SOURCE URL: https://x.test/a',
      'Published At: 2026-03-02',
      'TAGS: asean,',
      '  digital',
      '',
      'Body.'
    ].join('\n')
    expect(headerBlock(text).fields).toEqual({
      title: 'Mixed case',
      'source url': 'https://x.test/a',
      'published at': '2026-03-02',
      tags: 'asean, digital'
    })
    expect(parsePlainText(text)).toEqual({
      metadata: {
        title: 'Mixed case',
        publisher: null,
        publishedOn: '2026-03-02',
        url: 'https://x.test/a',
        language: null
      },
      text: 'Body.'
    })
  })

  it('reads a header block after a byte order mark and with CRLF line ends', async () => {
    const crlf = SAVED.replace(/\n/g, '\r\n')
    expect(parsePlainText(`\uFEFF${crlf}`)).toEqual(SAVED_PARSED)
    expect(parseMarkdown(`\uFEFF${crlf}`)).toEqual(SAVED_PARSED)
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(crlf)])
    expect(await parseDocument('saved.txt', bytes, tools())).toMatchObject(SAVED_PARSED)
  })

  it('keeps a first paragraph that only has a colon as text', () => {
    const prose = `${NOTE}\n\nMore text.`
    for (const parsed of [parsePlainText(prose), parseMarkdown(prose)]) {
      expect(parsed).toEqual({
        metadata: { title: NOTE, publisher: null, publishedOn: null, url: null, language: null },
        text: prose
      })
    }
    const wrapped = 'Summary: ministers met in Hanoi\nand adopted the plan.\n\nMore text.'
    expect(parsePlainText(wrapped).text).toBe(wrapped)
  })

  it('needs a known key, a plausible lone line, and takes no URL for a key', () => {
    const unknown = 'Background: the plan\nOutcome: adopted\n\nText.'
    const longSource = `Source: it said ${'that the meeting would go on, '.repeat(5)}and on.\n\nText.`
    const urls = 'https://a.test/1\nhttps://b.test/2\n\nText.'
    const notADate = 'Date: to be confirmed by the chair\n\nText.'
    for (const text of [unknown, longSource, urls, notADate]) {
      expect(headerBlock(text)).toEqual({ fields: {}, body: text })
    }
    expect(headerBlock('Date: to be confirmed\nTitle: Agenda\n\nText.')).toEqual({
      fields: { date: 'to be confirmed', title: 'Agenda' },
      body: '\nText.'
    })
  })

  it('leaves a file with nothing but a header block without text: parseDocument refuses it', async () => {
    const only = 'Title: Nothing else\r\nURL: https://x.test/\r\n'
    expect(parsePlainText(only)).toMatchObject({
      metadata: { title: 'Nothing else', url: 'https://x.test/' },
      text: ''
    })
    for (const name of ['only.txt', 'only.md']) {
      await expect(parseDocument(name, utf8(only), tools())).rejects.toThrow('the file has no text.')
    }
  })

  it('comes after YAML front matter, which wins: a key: value paragraph after it is text', () => {
    const yaml = '---\nTitle: From YAML\nsource: https://x.test/yaml\nauthor: A. Writer\n---\n'
    const body = 'Title: not metadata\nURL: https://x.test/body\n\nBody.'
    expect(parseMarkdown(`${yaml}${body}`)).toEqual({
      metadata: {
        title: 'From YAML',
        publisher: 'A. Writer',
        publishedOn: null,
        url: 'https://x.test/yaml',
        language: null
      },
      text: body
    })
  })

  it('is not read from a PDF’s text layer, whose first lines are the document’s own', async () => {
    const page = 'Date: 16 January 2027\nVenue: Ha Noi\n\nMinutes.'
    const pdf = await parseDocument('minutes.pdf', pdfBytes, tools([page]))
    expect(pdf.text).toBe(page)
    expect(pdf.metadata).toMatchObject({ title: 'Venue: Ha Noi', publishedOn: '2027-01-16' })
  })
})

describe('the publisher', () => {
  const publisher = (header: string): string | null =>
    parsePlainText(`${header}\n\nBody.`).metadata.publisher

  it('is the author only when no publisher, source or site is given', () => {
    expect(publisher('Author: Jane Doe\nPublisher: ASEAN Secretariat')).toBe('ASEAN Secretariat')
    expect(publisher('Author: Jane Doe\nSource: The Jakarta Post')).toBe('The Jakarta Post')
    expect(publisher('Author: Jane Doe\nSite: Kompas')).toBe('Kompas')
    expect(publisher('Author: Jane Doe')).toBe('Jane Doe')
  })

  it('is not a source that is a URL: that is the document’s URL', () => {
    expect(publisher('Author: Jane Doe\nSource: https://x.test/a')).toBe('Jane Doe')
    const parsed = parsePlainText('Source: https://x.test/a\n\nBody.')
    expect(parsed.metadata).toMatchObject({ publisher: null, url: 'https://x.test/a' })
  })
})

describe('the title', () => {
  it('never comes from a line that is only a URL', () => {
    expect(parsePlainText('https://asean.org/a7\nASEAN ministers meet\n\nBody.').metadata).toMatchObject({
      title: 'ASEAN ministers meet',
      url: 'https://asean.org/a7'
    })
    const labelled = 'URL: https://asean.org/a\nASEAN ministers meet\n\nBody.'
    expect(parsePlainText(labelled)).toMatchObject({
      metadata: { title: 'ASEAN ministers meet' },
      text: labelled
    })
    const bracketed = '<https://asean.org/a>\n\nMinisters met in Ha Noi. They agreed.'
    expect(parsePlainText(bracketed).metadata.title).toBe('Ministers met in Ha Noi. They agreed.')
    expect(textTitle('www.asean.org/a\nURL: https://asean.org/a')).toBeNull()
  })

  it('never comes from a URL heading or a URL title field', () => {
    expect(parseMarkdown('# https://asean.org/a\n\nMinisters met.').metadata.title).toBe('Ministers met.')
    const yaml = '---\ntitle: https://asean.org/a\n---\n# Real title\n'
    expect(parseMarkdown(yaml).metadata.title).toBe('Real title')
    expect(parsePlainText('Title: https://asean.org/a\n\nBody.').metadata.title).toBe('Body.')
  })

  it('never comes from a date line', () => {
    const dateLines = [
      '16 January 2026',
      'Published: January 16, 2026 at 10:30 am',
      'Jakarta, 16/01/2026',
      'Monday, 2026-01-16'
    ]
    for (const line of dateLines) {
      expect(parsePlainText(`${line}\nASEAN ministers meet\n\nBody.`).metadata).toMatchObject({
        title: 'ASEAN ministers meet',
        publishedOn: '2026-01-16'
      })
    }
    const dated = 'ASEAN ministers meet on 16 January 2026'
    expect(parsePlainText(`${dated}\n\nBody.`).metadata.title).toBe(dated)
  })

  it('is the first sentence when the first line runs on to the next', () => {
    const wrapped = 'Ministers of the member states met in Ha Noi on Tuesday to\ndiscuss the plan. Then more.'
    expect(parsePlainText(wrapped).metadata.title).toBe(
      'Ministers of the member states met in Ha Noi on Tuesday to discuss the plan.'
    )
  })

  it('is the first sentence of a long first line, cut at a word to 160 characters', () => {
    const long = `H.E. Mr. Lim said ${'the ministers will keep meeting '.repeat(8)}in Ha Noi. Next.`
    const title = parsePlainText(long).metadata.title!
    expect(title.length).toBeLessThanOrEqual(160)
    expect(title).toMatch(/^H\.E\. Mr\. Lim said the ministers will keep meeting .*[a-z]…$/)
    expect(long.startsWith(`${title.slice(0, -1)} `)).toBe(true)
  })

  it('is the file’s name when nothing else serves', async () => {
    const urlOnly = parsePlainText('https://asean.org/a', { name: 'saved/page one.txt' })
    expect(urlOnly.metadata.title).toBe('page one')
    const links = utf8('<https://asean.org/a>\n\nhttps://asean.org/b')
    expect((await parseDocument('links.md', links, tools())).metadata.title).toBe('links')
    const pdf = await parseDocument('scan 12.pdf', pdfBytes, tools(['https://asean.org/a']))
    expect(pdf.metadata.title).toBe('scan 12')
  })
})

/**
 * A source as a CSL-JSON item, the form every citation processor and reference manager reads
 * (citeproc-js, pandoc, Zotero). Only what the source record states goes in: a release without a
 * date is cited "n.d.", a page without a publisher has no author; nothing is guessed.
 */
import { citableUrl } from '../model/labels'
import type { Source } from '../model/dataset'

export interface CslName {
  family?: string
  given?: string
  literal?: string
}

export interface CslDate {
  'date-parts': number[][]
}

/** The CSL-JSON fields the app writes and reads (CSL 1.0.2). */
export interface CslItem {
  id: string
  type: string
  title: string
  'citation-key'?: string
  author?: CslName[]
  publisher?: string
  'container-title'?: string
  genre?: string
  issued?: CslDate
  accessed?: CslDate
  URL?: string
  language?: string
  'original-title'?: string
  note?: string
}

/** What a source needs to be cited: its record, with when it was read if the app knows. */
export type CitableSource = Pick<Source, 'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'language'> &
  Partial<Pick<Source, 'kind' | 'authors' | 'container' | 'accessedOn' | 'translatedFrom' | 'cslType'>> & {
    /** When an imported file was taken in: the day its text was accessed. */
    imported?: string
  }

/** Where in a source a passage stands, as CSL locators name it. */
export interface Locator {
  label: 'paragraph' | 'page'
  value: string
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', th: 'Thai', vi: 'Vietnamese', id: 'Indonesian', ms: 'Malay', km: 'Khmer', lo: 'Lao', my: 'Burmese', fil: 'Filipino', tl: 'Tagalog', zh: 'Chinese' }
export const languageName = (code: string): string => LANGUAGE_NAMES[code.toLowerCase().split('-')[0]!] ?? code

/** `2025`, `2025-01` or `2025-01-16` as CSL date parts. */
export function cslDate(iso: string | null | undefined): CslDate | undefined {
  if (!iso || !/^\d{4}(-\d{2}){0,2}/.test(iso)) return undefined
  return { 'date-parts': [iso.slice(0, 10).split('-').map(Number)] }
}

/**
 * The CSL type for what a source is. A news report is a newspaper article (its outlet the
 * container); a ministry's press release is a document of the ministry, its genre saying what it
 * is; a statement or compilation on a web page is a web page.
 */
function typeOf(source: CitableSource): { type: string; genre?: string } {
  if (source.cslType) return { type: source.cslType }
  switch (source.kind) {
    case 'news-report':
      return { type: 'article-newspaper' }
    case 'ministry-press-release':
      return { type: 'document', genre: 'Press release' }
    case 'official-statement':
      return { type: 'document', genre: 'Statement' }
    case 'undated-compilation':
      return { type: 'webpage' }
    default:
      return { type: citableUrl(source.url) ? 'webpage' : 'document' }
  }
}

/** A source as a CSL-JSON item under the citation key `key`. */
export function cslItemOf(source: CitableSource, key: string): CslItem {
  const { type, genre } = typeOf(source)
  const url = citableUrl(source.url)
  // A newspaper's name is where the article appeared; an organisation that publishes its own
  // statement is its author (APA's group author), as reference managers record it.
  const news = type === 'article-newspaper'
  const container = source.container ?? (news ? source.publisher : null)
  const author = source.authors?.length ? source.authors : !news && source.publisher ? [{ literal: source.publisher }] : undefined
  const translation = source.translatedFrom
  const accessed = cslDate(source.accessedOn ?? source.imported)
  return {
    id: key,
    'citation-key': key,
    type,
    title: source.title,
    ...(author ? { author } : {}),
    ...(source.publisher && !news ? { publisher: source.publisher } : {}),
    ...(container ? { 'container-title': container } : {}),
    ...(translation ? { genre: [genre, `Translated from ${languageName(translation.language)}`].filter(Boolean).join('; ') } : genre ? { genre } : {}),
    ...(cslDate(source.publishedOn) ? { issued: cslDate(source.publishedOn)! } : {}),
    ...(url && accessed ? { accessed } : {}),
    ...(url ? { URL: url } : {}),
    language: source.language,
    ...(translation?.title ? { 'original-title': translation.title } : {})
  }
}

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'from', 'st', 'nd', 'rd', 'th'])

/** Letters only, accents dropped, lower case. */
const asciiWord = (word: string): string =>
  word
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()

/** Who a key names: an acronym the publisher gives in brackets, else its initials, else the title's first word. */
function keyAuthor(source: CitableSource): string {
  const named = source.authors?.[0]
  if (named) return asciiWord(named.family ?? named.literal?.split(/\s+/)[0] ?? '') || 'anon'
  const publisher = source.publisher ?? source.container ?? ''
  const acronym = /\(([A-Z][A-Za-z]*(?:-[A-Z]+)*)\)/.exec(publisher)?.[1]
  if (acronym) return asciiWord(acronym)
  const initials = publisher
    .split(/[\s,]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
  return asciiWord(initials) || 'anon'
}

const keyWord = (title: string): string =>
  title
    .split(/\s+/)
    .map(asciiWord)
    .find((w) => w.length > 2 && !STOP.has(w) && !/^\d/.test(w)) ?? 'untitled'

/**
 * Readable citation keys that stay the same from one export to the next, as Better BibTeX
 * makes them: who, year, first word of the title (`mdes2025asean`). Sources that would share a
 * key get `a`, `b`… in the order of their ids.
 */
export function citationKeys(sources: readonly CitableSource[]): Map<string, string> {
  const base = new Map<string, string[]>()
  for (const source of [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = `${keyAuthor(source)}${source.publishedOn?.slice(0, 4) ?? 'nd'}${keyWord(source.title)}`
    base.set(key, [...(base.get(key) ?? []), source.id])
  }
  const keys = new Map<string, string>()
  for (const [key, ids] of base) ids.forEach((id, i) => keys.set(id, ids.length > 1 ? `${key}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}` : key))
  return keys
}

/** A passage's locator: its page in a PDF, else its paragraph. */
export function locatorAt(offset: number, paragraphs: readonly { start: number; end: number }[], pages?: readonly { page: number; start: number }[]): Locator | undefined {
  const page = pages?.filter((p) => p.start <= offset).at(-1)
  if (page) return { label: 'page', value: String(page.page) }
  const paragraph = paragraphs.findIndex((p) => offset >= p.start && offset < p.end)
  return paragraph >= 0 ? { label: 'paragraph', value: String(paragraph + 1) } : undefined
}

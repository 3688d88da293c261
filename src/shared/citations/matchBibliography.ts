/**
 * A reference manager's export (CSL-JSON, BibTeX or RIS) read against the library: each entry is
 * matched to an imported source by its URL, else by its title (case, accents, punctuation and
 * spacing aside), and what it says fills or corrects that source's citation metadata.
 */
import type { Source } from '../model/dataset'
import type { CslItem, CslName } from './csl'

export interface BibliographyMatch {
  sourceId: string
  entry: CslItem
  by: 'url' | 'title'
}

/** A URL as the same page is written in several ways: no scheme, no `www.`, no trailing slash or fragment. */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null
  const trimmed = url.trim().replace(/#.*$/, '')
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/?]+)(.*)$/i.exec(trimmed)
  if (!m) return null
  return `${m[1]!.toLowerCase()}${m[2]!.replace(/\/+$/, '').replace(/\/(?=\?)/, '')}`
}

export const titleKey = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Entries matched to sources (each source at most once, the first entry that names it), and those that match none. */
export function matchBibliography(entries: readonly CslItem[], sources: readonly Pick<Source, 'id' | 'title' | 'url'>[]): { matches: BibliographyMatch[]; unmatched: CslItem[] } {
  const byUrl = new Map<string, string>()
  const byTitle = new Map<string, string>()
  for (const s of sources) {
    const u = urlKey(s.url)
    if (u && !byUrl.has(u)) byUrl.set(u, s.id)
    const t = titleKey(s.title)
    if (t && !byTitle.has(t)) byTitle.set(t, s.id)
  }
  const matches: BibliographyMatch[] = []
  const unmatched: CslItem[] = []
  const taken = new Set<string>()
  for (const entry of entries) {
    const u = urlKey(entry.URL)
    const viaUrl = u ? byUrl.get(u) : undefined
    const viaTitle = entry.title ? byTitle.get(titleKey(entry.title)) : undefined
    const sourceId = viaUrl ?? viaTitle
    if (!sourceId || taken.has(sourceId)) {
      unmatched.push(entry)
      continue
    }
    taken.add(sourceId)
    matches.push({ sourceId, entry, by: viaUrl ? 'url' : 'title' })
  }
  return { matches, unmatched }
}

/** An entry as Citation.js reads it: CSL, plus the odd field its readers keep (RIS gives a news reporter, a raw date). */
type ReadEntry = CslItem & { reporter?: string; 'collection-title'?: string; issued?: { 'date-parts'?: number[][]; raw?: string }; accessed?: { 'date-parts'?: number[][]; raw?: string } }

const isoOf = (date: { 'date-parts'?: number[][]; raw?: string } | undefined): string | undefined => {
  const raw = date?.raw && /^(\d{4})(?:[/-](\d{1,2}))?(?:[/-](\d{1,2}))?/.exec(date.raw)
  const parts = raw ? raw.slice(1).filter(Boolean).map(Number) : date?.['date-parts']?.[0]?.filter((n) => Number.isFinite(n))
  if (!parts?.length) return undefined
  return parts
    .slice(0, 3)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-')
}

/**
 * A name as a source keeps it. BibTeX writes a body as one braced family name with no given name
 * (`{Ministry of Information and Communications}`): that is a body's name, kept whole.
 */
function nameOf(a: CslName): CslName {
  if (a.literal) return { literal: a.literal }
  if (a.family && !a.given && /\s/.test(a.family)) return { literal: a.family }
  return { ...(a.family ? { family: a.family } : {}), ...(a.given ? { given: a.given } : {}) }
}

/** The citation metadata an entry gives, as source fields; what it leaves out is left as it was. */
export function metadataFrom(read: CslItem): Partial<Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'url' | 'language' | 'authors' | 'container' | 'accessedOn' | 'cslType'>> {
  const entry = read as ReadEntry
  // RIS names a newspaper article's writer its reporter ("Family, Given").
  const named = entry.author ?? (entry.reporter ? [{ family: entry.reporter.split(',')[0]!.trim(), given: entry.reporter.split(',').slice(1).join(',').trim() }] : [])
  const authors = named.filter((a: CslName) => a.literal || a.family || a.given).map(nameOf)
  const publishedOn = isoOf(entry.issued)
  const accessedOn = isoOf(entry.accessed)
  return {
    ...(entry.title?.trim() ? { title: entry.title.trim() } : {}),
    ...(entry.publisher?.trim() ? { publisher: entry.publisher.trim() } : {}),
    ...(publishedOn ? { publishedOn } : {}),
    ...(entry.URL && /^https?:\/\//i.test(entry.URL) ? { url: entry.URL.trim() } : {}),
    ...(entry.language?.trim() ? { language: entry.language.trim() } : {}),
    ...(authors.length ? { authors } : {}),
    ...((entry['container-title'] ?? entry['collection-title'])?.trim() ? { container: (entry['container-title'] ?? entry['collection-title'])!.trim() } : {}),
    ...(accessedOn ? { accessedOn } : {}),
    ...(entry.type ? { cslType: entry.type } : {})
  }
}

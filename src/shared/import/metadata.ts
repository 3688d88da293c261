/**
 * Title, publisher, date, URL and language of an imported document, from what each format offers:
 * HTML `<title>` and meta tags, Markdown front matter and first heading, a plain text's first line
 * and a date line near the top. Pure: regular expressions over the text, no DOM, so the same
 * code runs in the renderer and in unit tests. Everything found stays editable by the user.
 */
import { decodeEntities, htmlToText } from '../text/htmlToText'

export interface DocumentMetadata {
  title: string | null
  publisher: string | null
  /** ISO date (YYYY-MM-DD). */
  publishedOn: string | null
  url: string | null
  language: string | null
}

export interface ParsedDocument {
  metadata: DocumentMetadata
  /** Plain text for the reader, paragraphs separated by blank lines. */
  text: string
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`
const pad = (n: number): string => String(n).padStart(2, '0')

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null
}

const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1

/** The first date in `text` written as 2025-01-16, 16 January 2025, January 16, 2025 or 16/01/2025. */
export function findDate(text: string): string | null {
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => validDate(+m[1]!, +m[2]!, +m[3]!)],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'i'), (m) => validDate(+m[3]!, monthNumber(m[2]!), +m[1]!)],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`, 'i'), (m) => validDate(+m[3]!, monthNumber(m[1]!), +m[2]!)],
    // Day first, as ASEAN governments write it.
    [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, (m) => validDate(+m[3]!, +m[2]!, +m[1]!)]
  ]
  let best: { at: number; date: string } | null = null
  for (const [pattern, read] of patterns) {
    const m = pattern.exec(text)
    const date = m ? read(m) : null
    if (m && date && (!best || m.index < best.at)) best = { at: m.index, date }
  }
  return best?.date ?? null
}

const clean = (text: string | null | undefined): string | null => {
  const value = decodeEntities(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return value ? value.slice(0, 500) : null
}

const safeUrl = (url: string | null): string | null => (url && /^https?:\/\/[^\s<>"]+$/i.test(url.trim()) ? url.trim() : null)

/** Attributes of a tag as a map, names in lower case. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  }
  return out
}

/** Metadata from an HTML page's head (and its first heading), read without running anything. */
export function htmlMetadata(html: string): DocumentMetadata {
  const metas = new Map<string, string>()
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0])
    const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase()
    if (key && a['content'] !== undefined && !metas.has(key)) metas.set(key, a['content'])
  }
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = clean(metas.get(k))
      if (v) return v
    }
    return null
  }
  // The head's <title>: a "<title>" in the body is content (or an attack), not the page's name.
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html)?.[1] ?? html.split(/<body\b/i)[0]!
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]
  const canonical = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => attributes(m[0])).find((a) => a['rel']?.toLowerCase() === 'canonical')?.['href'] ?? null
  const lang = attributes(/<html\b[^>]*>/i.exec(html)?.[0] ?? '')['lang'] ?? null
  const dateMeta = first('article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'publication_date', 'pubdate')
  const body = htmlToText(html.replace(/^[\s\S]*?<body\b[^>]*>/i, ''))
  return {
    title: first('og:title', 'dc.title', 'twitter:title') ?? clean(title ? htmlToText(title) : null) ?? clean(h1 ? htmlToText(h1) : null),
    publisher: first('og:site_name', 'publisher', 'dc.publisher', 'author', 'article:author'),
    publishedOn: (dateMeta ? findDate(dateMeta) : null) ?? findDate(body.slice(0, 1500)),
    url: safeUrl(first('og:url') ?? canonical),
    language: clean(lang)?.slice(0, 12) ?? first('og:locale', 'language', 'dc.language')?.replace('_', '-').slice(0, 12) ?? null
  }
}

/** A YAML front matter block of `key: value` lines (quoted or not); nested values are ignored. */
export function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)
  if (!m) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!kv) continue
    let value = kv[2]!.trim()
    if (/^".*"$/.test(value)) {
      try {
        value = JSON.parse(value) as string
      } catch {
        value = value.slice(1, -1)
      }
    } else if (/^'.*'$/.test(value)) value = value.slice(1, -1).replace(/''/g, "'")
    fields[kv[1]!.toLowerCase()] = value
  }
  return { fields, body: text.slice(m[0].length) }
}

/** Markdown as reading text: markup dropped, link text kept, raw HTML removed, paragraphs kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1\n')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^[ \t]*[-*_]{3,}[ \t]*$/gm, '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

export function parseMarkdown(markdown: string): ParsedDocument {
  const { fields, body } = frontMatter(markdown)
  const heading = /^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(body)?.[1]
  const text = markdownToText(body)
  const date = fields['date'] ?? fields['published'] ?? fields['publishedon'] ?? fields['created'] ?? null
  return {
    metadata: {
      title: clean(fields['title']) ?? clean(heading ? markdownToText(heading) : null) ?? clean(text.split('\n')[0]?.slice(0, 200)),
      publisher: clean(fields['publisher'] ?? fields['source'] ?? fields['site'] ?? fields['author']),
      publishedOn: (date ? findDate(date) : null) ?? findDate(text.slice(0, 800)),
      url: safeUrl(fields['url'] ?? fields['permalink'] ?? fields['link'] ?? fields['source_url'] ?? null),
      language: clean(fields['lang'] ?? fields['language'])?.slice(0, 12) ?? null
    },
    text
  }
}

export function parsePlainText(raw: string): ParsedDocument {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n')
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? null
  const top = text.split('\n').slice(0, 15).join('\n')
  return {
    metadata: {
      title: clean(firstLine && firstLine.length <= 200 ? firstLine : firstLine?.slice(0, 120)),
      publisher: null,
      publishedOn: findDate(top),
      url: safeUrl(/https?:\/\/[^\s<>"]+/.exec(top)?.[0] ?? null),
      language: null
    },
    text
  }
}

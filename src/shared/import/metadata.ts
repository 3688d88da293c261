/**
 * Title, publisher, date, URL and language of an imported document, from what each format offers:
 * HTML `<title>` and meta tags; for Markdown and plain text, YAML front matter or a MultiMarkdown
 * header block (both left out of the text), Markdown's first heading, a plain text's first line or
 * sentence (never a URL or a date line), else the file's name; a date line near the top. Pure:
 * regular expressions over the text, no DOM, so the same code runs in the renderer and in unit
 * tests. Everything found stays editable by the user.
 */
import { decodeEntities, htmlToText } from '../text/htmlToText'
import { htmlText } from '../text/htmlText'

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
export function htmlMetadata(html: string, bodyText?: string): DocumentMetadata {
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
  // A date in the first lines of the text, when no meta tag gives one: the page's text when the
  // caller has it already, else the text of the body's first 30,000 characters, more than enough
  // for its first 1,500.
  const bodyStart = (): string => {
    if (bodyText !== undefined) return bodyText.slice(0, 1500)
    const at = /<body\b[^>]*>/i.exec(html)
    return htmlText(html.slice(at ? at.index + at[0].length : 0).slice(0, 30_000)).slice(0, 1500)
  }
  return {
    title: first('og:title', 'dc.title', 'twitter:title') ?? clean(title ? htmlToText(title) : null) ?? clean(h1 ? htmlToText(h1) : null),
    publisher: first('og:site_name', 'publisher', 'dc.publisher', 'author', 'article:author'),
    publishedOn: (dateMeta ? findDate(dateMeta) : null) ?? findDate(bodyStart()),
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

/** Header keys as compared: lower case, without spaces, hyphens or underscores. */
const keyOf = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '')
const URL_KEYS = ['url', 'link', 'permalink', 'sourceurl', 'urlsource', 'canonical']
const DATE_KEYS = ['date', 'published', 'publishedon', 'publishedtime', 'publishedat', 'created']
const NAME_KEYS = ['title', 'author', 'publisher', 'source', 'site', 'sitename', 'lang', 'language']
const KNOWN_KEYS = new Set([...URL_KEYS, ...DATE_KEYS, ...NAME_KEYS])
const HEADER_LINE = /^([\p{L}\p{N}][\p{L}\p{N} _-]{0,29}):(?:[ \t]+(.*))?$/u

/** `key: value` lines with indented continuations, or null when a line has neither form. */
function headerFields(lines: readonly string[]): Record<string, string> | null {
  const fields: Record<string, string> = {}
  let last: string | null = null
  for (const line of lines) {
    const kv = HEADER_LINE.exec(line)
    if (kv) {
      last = kv[1]!.trim().toLowerCase()
      fields[last] = (kv[2] ?? '').trim()
    } else if (last !== null && /^[ \t]+\S/.test(line)) {
      fields[last] = `${fields[last]} ${line.trim()}`.trim()
    } else return null
  }
  return fields
}

/** A lone header line must also look like metadata: a short value, a URL or date where expected. */
function plausibleLine(key: string, value: string): boolean {
  if (!value || value.length > 150) return false
  if (URL_KEYS.includes(keyOf(key))) return safeUrl(value) !== null
  return DATE_KEYS.includes(keyOf(key)) ? findDate(value) !== null : true
}

/**
 * A MultiMarkdown metadata block, as tools that save web pages write it: `key: value` lines from
 * the first line to the first blank line, a value continued on lines indented by whitespace. It
 * counts only when every line has that form and one key is a known metadata key (title, url,
 * date…), and a lone line only with a plausible value: a first paragraph "Note: this is…" stays
 * text. Keys are kept in lower case.
 */
export function headerBlock(text: string): { fields: Record<string, string>; body: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const end = source.search(/\n[ \t]*(?:\n|$)/)
  const lines = (end < 0 ? source : source.slice(0, end)).split('\n')
  const fields = headerFields(lines)
  const keys = Object.keys(fields ?? {})
  const known = keys.some((k) => KNOWN_KEYS.has(keyOf(k)))
  if (!fields || !known || (lines.length === 1 && !plausibleLine(keys[0]!, fields[keys[0]!]!))) {
    return { fields: {}, body: text }
  }
  return { fields, body: end < 0 ? '' : source.slice(end + 1) }
}

/** What front matter or a header block states; `author` is the publisher failing all else. */
function fieldMetadata(fields: Record<string, string>): DocumentMetadata {
  const values = new Map(Object.entries(fields).map(([k, v]) => [keyOf(k), v.trim()]))
  const first = (keys: readonly string[]): string | null =>
    keys.map((k) => values.get(k)).find(Boolean) ?? null
  const sourceUrl = safeUrl(values.get('source') ?? null)
  const date = first(DATE_KEYS)
  return {
    title: clean(values.get('title')),
    publisher: clean(
      first(['publisher', ...(sourceUrl ? [] : ['source']), 'site', 'sitename', 'author'])
    ),
    publishedOn: date ? findDate(date) : null,
    url: safeUrl(first(URL_KEYS)) ?? sourceUrl,
    language: clean(first(['lang', 'language']))?.slice(0, 12) ?? null
  }
}

const isUrlLine = (line: string): boolean =>
  /^(?:[\p{L} ]{1,30}:\s+)?[<([]?(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+$/iu.test(line.trim())

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const DATE_WORDS = new Set([
  ...[...MONTHS, ...DAYS].flatMap((w) => [w, w.slice(0, 3)]),
  ...['sept', 'published', 'updated', 'posted', 'date', 'dated', 'last', 'modified', 'created'],
  ...['on', 'at', 'by', 'am', 'pm']
])

/** A line that states a date, perhaps with a label or a place: "Jakarta, 16 January 2025". */
function isDateLine(line: string): boolean {
  if (!findDate(line)) return false
  const words = line.toLowerCase().split(/[^\p{L}\p{N}]+/u)
  return words.filter((w) => w && !/\d/.test(w) && !DATE_WORDS.has(w)).length <= 1
}

/** A sentence's end: not the point of an initial or of a title such as "Mr." or "H.E.". */
const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|No|St|vs|etc|e\.g|i\.e|\p{Lu}))[.!?…](?=\s|$)/u

/** The first sentence of `paragraph`, cut at a word boundary to 160 characters. */
function firstSentence(paragraph: string): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim()
  const end = SENTENCE_END.exec(flat)
  const sentence = end ? flat.slice(0, end.index + 1) : flat
  if (sentence.length <= 160) return sentence
  const cut = sentence.slice(0, 159)
  const space = cut.lastIndexOf(' ')
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

/**
 * A title from reading text: its first line if that reads like a title (≤ 200 characters, and
 * the sentence does not run on to the next line), else its first sentence. Lines that are only a
 * URL or a date at the top are passed over: they are never a title.
 */
export function textTitle(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const passedOver = (line: string): boolean => !line.trim() || isUrlLine(line) || isDateLine(line)
  let at = 0
  while (at < lines.length && passedOver(lines[at]!)) at++
  const line = lines[at]?.trim()
  if (!line) return null
  const next = lines[at + 1]?.trim() ?? ''
  const runsOn = /^\p{Ll}/u.test(next) && !/[.!?:;]$/.test(line)
  if (line.length <= 200 && !runsOn) return clean(line)
  const blank = lines.findIndex((l, i) => i > at && !l.trim())
  const paragraph = lines.slice(at, blank < 0 ? undefined : blank).join(' ')
  return clean(firstSentence(paragraph))
}

/** A file's name without folder or extension, the title of last resort. */
const nameTitle = (name: string | undefined): string | null =>
  clean(name?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, ''))

const notUrl = (title: string | null): string | null => (title && !isUrlLine(title) ? title : null)

export interface ParseOptions {
  /** The file's name: the title when the document offers none. */
  name?: string
}

/** Markdown's text and metadata: YAML front matter, else a header block; then the first heading. */
export function parseMarkdown(markdown: string, options: ParseOptions = {}): ParsedDocument {
  const yaml = frontMatter(markdown)
  const { fields, body } = yaml.body !== markdown ? yaml : headerBlock(markdown)
  const stated = fieldMetadata(fields)
  const heading = /^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(body)?.[1]
  const text = markdownToText(body)
  return {
    metadata: {
      ...stated,
      title:
        notUrl(stated.title) ??
        notUrl(clean(heading ? markdownToText(heading) : null)) ??
        textTitle(text) ??
        nameTitle(options.name),
      publishedOn: stated.publishedOn ?? findDate(text.slice(0, 800))
    },
    text
  }
}

/** Plain text for the reader: paragraphs separated by one blank line, runs of spaces collapsed. */
export function plainText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n')
}

/**
 * A plain text's reading text and metadata. A header block is read and left out of the text
 * unless `headerBlock` is false (a PDF's text layer: its first lines are the document's own).
 */
export function parsePlainText(
  raw: string,
  options: ParseOptions & { headerBlock?: boolean } = {}
): ParsedDocument {
  const read = options.headerBlock === false ? { fields: {}, body: raw } : headerBlock(raw)
  const { fields, body } = read
  const stated = fieldMetadata(fields)
  const text = plainText(body)
  const top = text.split('\n').slice(0, 15).join('\n')
  return {
    metadata: {
      ...stated,
      title: notUrl(stated.title) ?? textTitle(text) ?? nameTitle(options.name),
      publishedOn: stated.publishedOn ?? findDate(top),
      url: stated.url ?? safeUrl(/https?:\/\/[^\s<>"]+/.exec(top)?.[0] ?? null)
    },
    text
  }
}

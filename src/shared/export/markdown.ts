/**
 * Markdown export of the user's notes and highlights with the dataset around them: one file for a
 * scope (an initiative, a meeting, a partner, a source, a collection, a Notes filter, everything),
 * or an Obsidian vault of one file per record. Pure and deterministic: the same data gives the
 * same bytes (records, events and annotations sorted; no clock read here), so re-exports diff
 * cleanly and golden files can test it.
 */
import { compareText } from '../text/compare'
import { citableUrl, eventLabel, meetingLabel, placeLabel } from '../model/labels'
import type { Annotation, Collection } from '../model/annotation'
import type { Initiative, Meeting, Party, Source, Theme } from '../model/dataset'
import { INITIATIVE_FIELD_NAMES, INITIATIVE_FIELDS, supportsEntry } from '../curation/initiativeFields'
import { PARTY_FIELD_NAMES, PARTY_FIELDS } from '../curation/partyFields'
import { isListField, MEETING_FIELD_NAMES, MEETING_FIELDS, supports, type MeetingField } from '../curation/meetingFields'
import { correctionLines } from '../curation/corrections'
import type { Correction } from '../model/userRecords'
import { toParagraphs } from '../text/paragraphs'
import { uniqueFileNames } from './fileNames'
import { citationKeys, locatorAt } from '../citations/csl'
import { replaceLinks } from '../annotations/noteLinks'

/** A source with its text; an imported PDF also knows where each page starts. */
export type ExportSource = Source & { text: string; pages?: readonly { page: number; start: number }[] }

export interface ExportData {
  appVersion: string
  datasetVersion: string
  /** ISO 8601 UTC time of the export, given by the caller so output stays testable. */
  exported: string
  initiatives: readonly Initiative[]
  meetings: readonly Meeting[]
  parties: readonly Party[]
  sources: readonly ExportSource[]
  themes: readonly Theme[]
  /** All annotations; those in the Trash are left out here. */
  annotations: readonly Annotation[]
  /** The user's readings of shipped facts, listed under the record they correct. */
  corrections?: readonly Correction[]
}

export type RecordType = 'initiative' | 'meeting' | 'party' | 'source'

/**
 * How a highlight names its source: a plain line (title, publisher, date, URL, paragraph), or a
 * pandoc citation (`[@key, para. 4]`) that `pandoc --citeproc` turns into the style's in-text
 * citation and a bibliography, from the `references.json` written beside the notes.
 */
export type CitationForm = 'plain' | 'pandoc'

export interface MarkdownOptions {
  citations?: CitationForm
}

/** The bibliography files a pandoc export writes beside its Markdown, named in its front matter. */
export const PANDOC_BIBLIOGRAPHY = 'references.json'

export type ExportScope =
  | { type: RecordType; id: string }
  | { type: 'collection'; collection: Collection }
  | { type: 'notes'; label: string; annotationIds: readonly string[] }
  | { type: 'all' }

interface RecordRef {
  type: RecordType
  id: string
}

const key = (r: RecordRef): string => `${r.type}:${r.id}`

/* ---------- escaping ---------- */

/** One line of user or dataset text inside Markdown structure (a heading, a list item, a cell). */
export function inline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .trim()
}

/** A YAML scalar: always double-quoted (JSON strings are valid YAML), so `: # - ---` cannot break it. */
export const yamlString = (text: string): string => JSON.stringify(text)
const yamlList = (items: readonly string[]): string => `[${items.map(yamlString).join(', ')}]`

/** An Obsidian block id: letters, digits and hyphens only. */
export const blockId = (id: string): string => id.replace(/[^A-Za-z0-9-]/g, '-')

/** Text as a Markdown block quote, every line prefixed, blank lines kept inside the quote. */
export const blockQuote = (text: string): string =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line.trimEnd()}` : '>'))
    .join('\n')

/* ---------- the data, indexed ---------- */

interface Records {
  data: ExportData
  citations: CitationForm
  /** Each source's citation key, the same in every export while the library holds the same sources. */
  keys: Map<string, string>
  initiatives: Map<string, Initiative>
  meetings: Map<string, Meeting>
  parties: Map<string, Party>
  sources: Map<string, ExportSource>
  themes: Map<string, string>
  live: Annotation[]
}

const byText = compareText
/** Annotations in the order they were made (id breaking ties), as every export lists them. */
export const byCreated = (a: Annotation, b: Annotation): number => byText(a.created, b.created) || byText(a.id, b.id)

function index(data: ExportData, options: MarkdownOptions = {}): Records {
  return {
    data,
    citations: options.citations ?? 'plain',
    keys: options.citations === 'pandoc' ? citationKeys(data.sources) : new Map(),
    initiatives: new Map(data.initiatives.map((x) => [x.id, x])),
    meetings: new Map(data.meetings.map((x) => [x.id, x])),
    parties: new Map(data.parties.map((x) => [x.id, x])),
    sources: new Map(data.sources.map((x) => [x.id, x])),
    themes: new Map(data.themes.map((x) => [x.id, x.label])),
    live: data.annotations.filter((a) => !a.deleted).sort(byCreated)
  }
}

function titleOf(records: Records, ref: RecordRef): string {
  switch (ref.type) {
    case 'initiative':
      return records.initiatives.get(ref.id)?.name ?? ref.id
    case 'meeting':
      return records.meetings.get(ref.id)?.name ?? ref.id
    case 'party':
      return records.parties.get(ref.id)?.name ?? ref.id
    case 'source':
      return records.sources.get(ref.id)?.title ?? ref.id
  }
}

/** Annotations shown under a record: those on it, and highlights linked to it (an initiative). */
function annotationsOf(records: Records, ref: RecordRef, only?: ReadonlySet<string>): Annotation[] {
  return records.live.filter(
    (a) => (!only || only.has(a.id)) && ((a.targetType === ref.type && a.targetId === ref.id) || (ref.type === 'initiative' && a.links.includes(ref.id)))
  )
}

/* ---------- pieces of a record's section ---------- */

/** How a record is named in the text: a wikilink in a vault, plain text in one file. */
type LinkTo = (ref: RecordRef, label?: string) => string

const plainLink: LinkTo = () => ''

function citation(records: Records, a: Annotation): string {
  const source = a.targetType === 'source' ? records.sources.get(a.targetId) : undefined
  if (!source) return `— ${inline(titleOf(records, { type: a.targetType, id: a.targetId }))}`
  // A PDF is cited by page, as its readers would find it; other texts by paragraph.
  const start = a.selector?.position.start
  const locator = start === undefined ? undefined : locatorAt(start, toParagraphs(source.text), source.pages)
  if (records.citations === 'pandoc') {
    // pandoc reads "para." and "p." as citeproc locator labels.
    const where = locator ? `, ${locator.label === 'page' ? 'p.' : 'para.'} ${locator.value}` : ''
    return `[@${records.keys.get(source.id)!}${where}]`
  }
  const parts = [`*${inline(source.title)}*`]
  if (source.publisher) parts.push(inline(source.publisher))
  if (source.publishedOn) parts.push(source.publishedOn)
  const url = citableUrl(source.url)
  if (url) parts.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`)
  if (locator) parts.push(locator.label === 'page' ? `p. ${locator.value}` : `¶ ${locator.value}`)
  return `— ${parts.join(', ')}`
}

function tagLine(tags: readonly string[]): string {
  return tags.length ? ` · ${[...tags].sort().map((t) => `#${t.replace(/[^\p{L}\p{N}_/-]/gu, '-')}`).join(' ')}` : ''
}

/**
 * A note's Markdown as written, with its headings moved below the section it is exported into
 * (`#` under a `##` section becomes `###`), so the note keeps its shape and the export its outline.
 */
export function nestHeadings(markdown: string, depth: number): string {
  let fence: string | null = null
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
      if (marker && (!fence || marker.startsWith(fence))) {
        fence = fence ? null : marker
        return line
      }
      if (fence) return line
      const heading = /^ {0,3}(#{1,6})(?=\s|$)/.exec(line)
      return heading ? `${'#'.repeat(Math.min(6, heading[1]!.length + depth))}${line.slice(heading[0].length)}` : line
    })
    .join('\n')
}

/**
 * A note's `[[type:id|label]]` links: in a vault, wikilinks to the records' files; in one file,
 * the records' current names (the label when a record is gone).
 */
function withLinks(records: Records, body: string, link: LinkTo): string {
  return replaceLinks(body, (l) => {
    const ref: RecordRef = { type: l.type, id: l.id }
    const known = { initiative: records.initiatives, meeting: records.meetings, party: records.parties, source: records.sources }[l.type].has(l.id)
    const name = known ? titleOf(records, ref) : l.label
    return link(ref, name) || name
  })
}

function noteBlock(records: Records, a: Annotation, depth: number, link: LinkTo): string {
  const meta = `*Note · ${a.updated.slice(0, 10)}${tagLine(a.tags)}* ^${blockId(a.id)}`
  return a.body.trim() ? `${meta}\n\n${nestHeadings(withLinks(records, a.body.trim(), link), depth)}` : meta
}

function highlightBlock(records: Records, a: Annotation, depth: number, link: LinkTo): string {
  const quote = blockQuote(a.selector?.quote.exact ?? '')
  const comment = a.body.trim() ? `\n\n${nestHeadings(withLinks(records, a.body.trim(), link), depth)}` : ''
  const tags = a.tags.length ? `\n\n*Tags:${tagLine(a.tags).slice(2)}*` : ''
  return `${quote}${comment}${tags}\n\n${citation(records, a)} ^${blockId(a.id)}`
}

function annotationSections(records: Records, list: readonly Annotation[], level: string, link: LinkTo): string[] {
  const notes = list.filter((a) => a.kind === 'note')
  const highlights = list.filter((a) => a.kind === 'highlight')
  const out: string[] = []
  if (notes.length) out.push(`${level} My notes`, ...notes.map((a) => noteBlock(records, a, level.length, link)))
  if (highlights.length) out.push(`${level} Highlights`, ...highlights.map((a) => highlightBlock(records, a, level.length, link)))
  return out
}

const cell = (text: string): string => inline(text) || ' '

function linkOr(link: LinkTo, ref: RecordRef, label: string): string {
  return link(ref, label) || inline(label)
}

function initiativeBody(records: Records, x: Initiative, level: string, link: LinkTo): string[] {
  const facts = [
    x.kind === 'mou' ? 'MOU' : x.kind,
    x.themes.length ? `themes: ${x.themes.map((t) => inline(records.themes.get(t) ?? t)).sort(byText).join(', ')}` : '',
    x.partners.length ? `partners: ${x.partners.map((p) => linkOr(link, { type: 'party', id: p }, titleOf(records, { type: 'party', id: p }))).join(', ')}` : ''
  ].filter(Boolean)
  const out = [`*${facts.join(' · ')}*`, x.summaryBy === 'editors' ? `${x.summary.trim()} *(Summary by the editors.)*` : x.summary.trim()]
  const aliases = x.aliases.filter((a) => a !== x.name && a !== x.acronym)
  if (aliases.length) out.push(`Also written: ${aliases.map(inline).join('; ')}`)
  const events = [...x.events].sort((a, b) => byText(a.date ?? '', b.date ?? '') || byText(a.meetingId ?? '', b.meetingId ?? '') || byText(a.action, b.action))
  if (events.length) {
    const rows = events.map((e) => {
      const meeting = e.meetingId ? linkOr(link, { type: 'meeting', id: e.meetingId }, titleOf(records, { type: 'meeting', id: e.meetingId })) : ' '
      return `| ${e.date ?? ' '} | ${meeting} | ${eventLabel(e)} | ${cell(e.note)} |`
    })
    out.push(`${level} Events`, ['| Date | Meeting | Action | What happened |', '| --- | --- | --- | --- |', ...rows].join('\n'))
  }
  if ((x as { origin?: string }).origin === 'user') {
    const quotes = initiativeFieldEvidence(records, x)
    if (quotes.length) out.push(`${level} Evidence by field`, quotes.join('\n'))
  }
  const mine = (records.data.corrections ?? []).filter((c) => c.targetId === x.id).sort((a, b) => byText(a.field, b.field) || byText(a.id, b.id))
  if (mine.length) {
    const party = (id: string): string => titleOf(records, { type: 'party', id })
    const source = (id: string): string => titleOf(records, { type: 'source', id })
    const meeting = (id: string): string => {
      const m = records.meetings.get(id)
      return m ? meetingLabel(m) : id
    }
    out.push(`${level} My corrections`, mine.flatMap((c) => correctionLines(c, party, source, meeting)).join('\n'))
  }
  const related = [...x.related].sort((a, b) => byText(a.relation, b.relation) || byText(a.id, b.id))
  if (related.length) {
    out.push(
      `${level} Related`,
      related.map((r) => `- ${r.relation.replace(/-/g, ' ')}: ${linkOr(link, { type: 'initiative', id: r.id }, titleOf(records, { type: 'initiative', id: r.id }))}`).join('\n')
    )
  }
  return out
}

/**
 * An initiative the user made: each value with the quote that states it, or "typed by you, no
 * evidence"; a list one line per entry; each outcome with its quote.
 */
function initiativeFieldEvidence(records: Records, x: Initiative & { handFields?: readonly string[] }): string[] {
  const source = (id: string): string => inline(titleOf(records, { type: 'source', id }))
  const entryName = (key: string, entry: string): string =>
    key === 'partners' ? titleOf(records, { type: 'party', id: entry }) : key === 'themes' ? (records.themes.get(entry) ?? entry) : entry
  const specs = INITIATIVE_FIELD_NAMES.filter((f) => f !== 'event' && f !== 'related').map((f) => [f, INITIATIVE_FIELDS[f]] as const)
  const lines = userFieldLines(records, x, specs, { name: x.name, acronym: x.acronym ?? '', kind: x.kind, summary: x.summary }, entryName)
  const outcomes = x.events.flatMap((e) => {
    const where = [eventLabel(e), e.meetingId ? `at ${titleOf(records, { type: 'meeting', id: e.meetingId })}` : '', e.date ? `on ${e.date}` : ''].filter(Boolean).join(' ')
    const head = `- Outcome: ${inline(where)}: ${inline(e.note).replace(/[.;]$/, '')}`
    return e.evidence.length ? e.evidence.map((q) => `${head}, “${inline(q.quote)}” (${source(q.sourceId)})`) : [`${head}, typed by you, no evidence`]
  })
  const related = x.related.flatMap((r) => {
    const head = `- Related initiative: ${r.relation.replace(/-/g, ' ')} ${inline(titleOf(records, { type: 'initiative', id: r.id }))}`
    return r.evidence.length ? r.evidence.map((q) => `${head}, “${inline(q.quote)}” (${source(q.sourceId)})`) : [`${head}, typed by you, no evidence`]
  })
  return [...lines, ...outcomes, ...related]
}

/** A record the user made: each field's value with the quote that states it, or "typed by you"; a list one line per entry. */
function userFieldLines(
  records: Records,
  x: { evidence: readonly { sourceId: string; quote: string; about?: string }[]; handFields?: readonly string[] },
  specs: readonly (readonly [string, { label: string; key: string; list: boolean }])[],
  scalar: Record<string, string>,
  entryName: (key: string, entry: string) => string
): string[] {
  const source = (id: string): string => inline(titleOf(records, { type: 'source', id }))
  return specs.flatMap(([field, { key, label, list }]) => {
    if (list) {
      const quoted = x.evidence.filter((e) => e.about?.startsWith(`${key}:`)).map((e) => `- ${label}: ${inline(entryName(key, e.about!.slice(key.length + 1)))}, “${inline(e.quote)}” (${source(e.sourceId)})`)
      const hand = (x.handFields ?? []).filter((h) => h.startsWith(`${key}:`)).map((h) => `- ${label}: ${inline(entryName(key, h.slice(key.length + 1)))}, typed by you, no evidence`)
      return [...quoted, ...hand]
    }
    const head = `- ${label}: ${inline(scalar[key] ?? '')}`
    if (x.handFields?.includes(field)) return [`${head}, typed by you, no evidence`]
    return x.evidence.filter((e) => supportsEntry(e.about, key)).map((e) => `${head}, “${inline(e.quote)}” (${source(e.sourceId)})`)
  })
}

const personLine = (records: Records, p: Meeting['chair']): string =>
  p ? [p.person, p.title, p.country ? titleOf(records, { type: 'party', id: p.country }) : null].filter(Boolean).join(', ') : ''

/** Each field's value with the quotes that state it (their `about`), or "typed by you, no evidence". */
function fieldEvidence(records: Records, m: Meeting & { handFields?: readonly string[] }): string[] {
  const party = (id: string | null): string | null => (id ? titleOf(records, { type: 'party', id }) : null)
  const values: Record<MeetingField, string> = {
    name: m.name,
    alias: '',
    dates: m.startDate ? (m.endDate && m.endDate !== m.startDate ? `${m.startDate} to ${m.endDate}` : m.startDate) : '',
    place: placeLabel(m.city, party(m.country)),
    format: m.format ?? '',
    host: party(m.host) ?? '',
    chair: personLine(records, m.chair),
    viceChair: personLine(records, m.viceChair),
    theme: m.theme ?? '',
    status: m.status,
    observer: '',
    partnerPresent: ''
  }
  const source = (id: string): string => inline(titleOf(records, { type: 'source', id }))
  // A shipped meeting's name is its heading; the user's own shows the quote it was named from.
  const fields = MEETING_FIELD_NAMES.filter((f) => f !== 'name' || (m as { origin?: string }).origin === 'user')
  return fields.flatMap((field) => {
    const label = MEETING_FIELDS[field].label
    if (isListField(field)) {
      // One line per entry: the entry's own quote, or that the user typed it.
      const key = MEETING_FIELDS[field].keys[0]
      const entryName = (entry: string): string => inline(key === 'aliases' ? entry : (party(entry) ?? entry))
      const quoted = m.evidence.filter((e) => e.about?.startsWith(`${key}:`)).map((e) => `- ${label}: ${entryName(e.about!.slice(key.length + 1))}, “${inline(e.quote)}” (${source(e.sourceId)})`)
      const hand = (m.handFields ?? []).filter((h) => h.startsWith(`${key}:`)).map((h) => `- ${label}: ${entryName(h.slice(key.length + 1))}, typed by you, no evidence`)
      return [...quoted, ...hand]
    }
    const head = `- ${label}: ${inline(values[field])}`
    if (m.handFields?.includes(field)) return [`${head}, typed by you, no evidence`]
    return m.evidence.filter((e) => supports(e.about, field)).map((e) => `${head}, “${inline(e.quote)}” (${source(e.sourceId)})`)
  })
}

function meetingBody(records: Records, m: Meeting, level: string, link: LinkTo): string[] {
  const when = m.startDate ? (m.endDate && m.endDate !== m.startDate ? `${m.startDate} to ${m.endDate}` : m.startDate) : 'date not given'
  const where = placeLabel(m.city, m.country ? titleOf(records, { type: 'party', id: m.country }) : null)
  const facts = [when, where, m.format ?? '', m.status === 'announced' ? 'announced' : ''].filter(Boolean).map(inline)
  const out = [`*${facts.join(' · ')}*`]
  const lines: string[] = []
  if (m.chair) lines.push(`- Chair: ${inline([m.chair.person, m.chair.title, m.chair.country ? titleOf(records, { type: 'party', id: m.chair.country }) : null].filter(Boolean).join(', '))}`)
  if (m.viceChair) lines.push(`- Vice-chair: ${inline([m.viceChair.person, m.viceChair.title, m.viceChair.country ? titleOf(records, { type: 'party', id: m.viceChair.country }) : null].filter(Boolean).join(', '))}`)
  if (m.theme) lines.push(`- Theme: ${inline(m.theme)}`)
  if (lines.length) out.push(lines.join('\n'))
  const quotes = fieldEvidence(records, m)
  if (quotes.length) out.push(`${level} Evidence by field`, quotes.join('\n'))
  const mine = (records.data.corrections ?? []).filter((c) => c.targetId === m.id).sort((a, b) => byText(a.field, b.field) || byText(a.id, b.id))
  if (mine.length) {
    const party = (id: string): string => titleOf(records, { type: 'party', id })
    const source = (id: string): string => titleOf(records, { type: 'source', id })
    out.push(`${level} My corrections`, mine.flatMap((c) => correctionLines(c, party, source)).join('\n'))
  }
  const outcomes = records.data.initiatives
    .flatMap((x) => x.events.filter((e) => e.meetingId === m.id).map((e) => ({ x, e })))
    .sort((a, b) => byText(a.e.action, b.e.action) || byText(a.x.name, b.x.name))
  if (outcomes.length) {
    const rows = outcomes.map(({ x, e }) => `| ${eventLabel(e)} | ${linkOr(link, { type: 'initiative', id: x.id }, x.name)} | ${cell(e.note)} |`)
    out.push(`${level} Outcomes`, ['| Action | Initiative | What happened |', '| --- | --- | --- |', ...rows].join('\n'))
  }
  return out
}

function partyBody(records: Records, p: Party, level: string, link: LinkTo): string[] {
  const out = [`*${p.kind.replace(/-/g, ' ')}*`]
  if ((p as { origin?: string }).origin === 'user') {
    const specs = PARTY_FIELD_NAMES.map((f) => [f, PARTY_FIELDS[f]] as const)
    const quotes = userFieldLines(records, p, specs, { name: p.name, kind: p.kind }, (_, entry) => entry)
    if (quotes.length) out.push(`${level} Evidence by field`, quotes.join('\n'))
  }
  const involved = records.data.initiatives.filter((x) => x.partners.includes(p.id)).sort((a, b) => byText(a.name, b.name))
  if (involved.length) out.push(`${level} Initiatives`, involved.map((x) => `- ${linkOr(link, { type: 'initiative', id: x.id }, x.name)}`).join('\n'))
  return out
}

function sourceBody(s: ExportSource): string[] {
  const facts = [s.publisher, s.publishedOn, s.language].filter((x): x is string => Boolean(x)).map(inline)
  const out = [`*${facts.join(' · ')}*`]
  const url = citableUrl(s.url)
  if (url) out.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`)
  return out
}

function headingOf(records: Records, ref: RecordRef): string {
  const title = titleOf(records, ref)
  const acronym = ref.type === 'initiative' ? records.initiatives.get(ref.id)?.acronym : null
  return inline(acronym && acronym !== title ? `${title} (${acronym})` : title)
}

function recordSection(records: Records, ref: RecordRef, depth: number, link: LinkTo, only?: ReadonlySet<string>): string[] {
  const level = '#'.repeat(depth + 1)
  const out = [`${'#'.repeat(depth)} ${headingOf(records, ref)}`]
  if (ref.type === 'initiative') {
    const x = records.initiatives.get(ref.id)
    if (x) out.push(...initiativeBody(records, x, level, link))
  } else if (ref.type === 'meeting') {
    const m = records.meetings.get(ref.id)
    if (m) out.push(...meetingBody(records, m, level, link))
  } else if (ref.type === 'party') {
    const p = records.parties.get(ref.id)
    if (p) out.push(...partyBody(records, p, level, link))
  } else {
    const s = records.sources.get(ref.id)
    if (s) out.push(...sourceBody(s))
  }
  out.push(...annotationSections(records, annotationsOf(records, ref, only), level, link))
  return out
}

/* ---------- front matter ---------- */

type Front = [string, string | readonly string[] | null | undefined][]

function frontMatter(fields: Front): string {
  const lines = fields
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? yamlString(v) : yamlList(v as readonly string[])}`)
  return `---\n${lines.join('\n')}\n---`
}

function recordFront(records: Records, ref: RecordRef): Front {
  if (ref.type === 'initiative') {
    const x = records.initiatives.get(ref.id)
    if (!x) return []
    const meetings = [...new Set(x.events.map((e) => e.meetingId).filter((m): m is string => Boolean(m)))]
    return [
      ['kind', x.kind],
      ['acronym', x.acronym],
      ['aliases', [...x.aliases].sort(byText)],
      ['themes', x.themes.map((t) => records.themes.get(t) ?? t).sort(byText)],
      ['partners', x.partners.map((p) => titleOf(records, { type: 'party', id: p })).sort(byText)],
      ['meetings', meetings.map((m) => titleOf(records, { type: 'meeting', id: m })).sort(byText)]
    ]
  }
  if (ref.type === 'meeting') {
    const m = records.meetings.get(ref.id)
    return m ? [['date', m.startDate], ['aliases', [...m.aliases].sort(byText)]] : []
  }
  if (ref.type === 'party') {
    const p = records.parties.get(ref.id)
    return p ? [['kind', p.kind], ['aliases', [...p.aliases].sort(byText)]] : []
  }
  const s = records.sources.get(ref.id)
  return s ? [['publisher', s.publisher], ['date', s.publishedOn], ['url', citableUrl(s.url)]] : []
}

const tagsOf = (list: readonly Annotation[]): string[] => [...new Set(list.flatMap((a) => a.tags))].sort(byText)

/* ---------- scopes ---------- */

const TYPE_ORDER: Record<RecordType, number> = { initiative: 0, meeting: 1, party: 2, source: 3 }

function sortRefs(records: Records, refs: Iterable<RecordRef>): RecordRef[] {
  const unique = new Map<string, RecordRef>()
  for (const r of refs) unique.set(key(r), r)
  return [...unique.values()].sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || byText(titleOf(records, a), titleOf(records, b)) || byText(a.id, b.id))
}

const targetOf = (a: Annotation): RecordRef => ({ type: a.targetType, id: a.targetId })

/** The records a scope covers, and (for collections and Notes filters) which annotations. */
function resolveScope(records: Records, scope: ExportScope): { title: string; id: string | null; refs: RecordRef[]; only?: Set<string> } {
  switch (scope.type) {
    case 'collection': {
      const items = scope.collection.items
      const only = new Set(items.filter((i) => i.type === 'annotation').map((i) => i.id))
      const refs: RecordRef[] = items.filter((i) => i.type !== 'annotation').map((i) => ({ type: i.type as RecordType, id: i.id }))
      for (const a of records.live) if (only.has(a.id)) refs.push(targetOf(a))
      // Records placed in the collection bring all their notes; loose annotations only themselves.
      const whole = new Set(refs.filter((r) => items.some((i) => i.type === r.type && i.id === r.id)).map(key))
      for (const a of records.live) if (whole.has(key(targetOf(a)))) only.add(a.id)
      return { title: scope.collection.name, id: scope.collection.id, refs: sortRefs(records, refs), only }
    }
    case 'notes': {
      const only = new Set(scope.annotationIds)
      return { title: scope.label, id: null, refs: sortRefs(records, records.live.filter((a) => only.has(a.id)).map(targetOf)), only }
    }
    case 'all':
      return { title: 'All my notes', id: null, refs: sortRefs(records, records.live.map(targetOf)) }
    default:
      return { title: titleOf(records, scope), id: scope.id, refs: [scope] }
  }
}

/** One Markdown file for a scope: front matter, then a section per record with its notes. */
export function exportMarkdown(data: ExportData, scope: ExportScope, options: MarkdownOptions = {}): string {
  const records = index(data, options)
  const { title, id, refs, only } = resolveScope(records, scope)
  const single = refs.length === 1 && scope.type !== 'collection' && scope.type !== 'notes' && scope.type !== 'all'
  const shown = refs.flatMap((r) => annotationsOf(records, r, only))
  const front: Front = [
    ['title', title],
    ['type', scope.type],
    ['id', id],
    ['exported', data.exported],
    ['app', `ASEAN Digital Desk ${data.appVersion}`],
    ['dataset', data.datasetVersion],
    ['tags', tagsOf(shown)],
    ...(records.citations === 'pandoc' ? ([['bibliography', PANDOC_BIBLIOGRAPHY]] as Front) : []),
    ...(single ? recordFront(records, refs[0]!) : [])
  ]
  const body = single
    ? recordSection(records, refs[0]!, 1, plainLink, only)
    : [`# ${inline(title)}`, ...(refs.length ? refs.flatMap((r) => recordSection(records, r, 2, plainLink, only)) : ['*Nothing to export: no notes or highlights in this scope.*'])]
  return `${frontMatter(front)}\n\n${body.join('\n\n')}\n`
}

/* ---------- vault ---------- */

export interface VaultFile {
  path: string
  content: string
}

const FOLDERS: Record<RecordType, string> = { initiative: 'Initiatives', meeting: 'Meetings', party: 'Partners', source: 'Sources' }

/**
 * An Obsidian vault: every initiative, meeting and partner, every source with notes or highlights,
 * an `index.md`, all linked with `[[wikilinks]]`. Only `index.md` carries the export time, so a
 * re-export changes exactly the files whose content changed.
 */
export function exportVault(data: ExportData, options: MarkdownOptions = {}): VaultFile[] {
  const records = index(data, options)
  const annotatedSources = new Set(records.live.filter((a) => a.targetType === 'source').map((a) => a.targetId))
  const refs = sortRefs(records, [
    ...data.initiatives.map((x): RecordRef => ({ type: 'initiative', id: x.id })),
    ...data.meetings.map((x): RecordRef => ({ type: 'meeting', id: x.id })),
    ...data.parties.map((x): RecordRef => ({ type: 'party', id: x.id })),
    ...data.sources.filter((s) => annotatedSources.has(s.id)).map((x): RecordRef => ({ type: 'source', id: x.id }))
  ])
  const paths = new Map<string, string>()
  for (const type of Object.keys(FOLDERS) as RecordType[]) {
    const ofType = refs.filter((r) => r.type === type)
    uniqueFileNames(ofType.map((r) => titleOf(records, r))).forEach((name, i) => paths.set(key(ofType[i]!), `${FOLDERS[type]}/${name}`))
  }
  const link: LinkTo = (ref, label) => {
    const target = paths.get(key(ref))
    if (!target) return ''
    const text = (label ?? titleOf(records, ref)).replace(/[[\]|\r\n]/g, ' ')
    return `[[${target}|${text}]]`
  }
  const files: VaultFile[] = refs.map((ref) => {
    const notes = annotationsOf(records, ref)
    const front: Front = [
      ['title', titleOf(records, ref)],
      ['type', ref.type],
      ['id', ref.id],
      ['app', `ASEAN Digital Desk ${data.appVersion}`],
      ['dataset', data.datasetVersion],
      ['tags', tagsOf(notes)],
      ...recordFront(records, ref)
    ]
    return { path: `${paths.get(key(ref))!}.md`, content: `${frontMatter(front)}\n\n${recordSection(records, ref, 1, link).join('\n\n')}\n` }
  })
  const list = (type: RecordType, heading: string): string[] => {
    const ofType = refs.filter((r) => r.type === type)
    if (!ofType.length) return []
    return [
      `## ${heading}`,
      ofType
        .map((r) => {
          const count = annotationsOf(records, r).length
          return `- ${link(r)}${count ? ` (${count} ${count === 1 ? 'note' : 'notes'})` : ''}`
        })
        .join('\n')
    ]
  }
  const index_ = [
    frontMatter([
      ['title', 'ASEAN Digital Desk export'],
      ['exported', data.exported],
      ['app', `ASEAN Digital Desk ${data.appVersion}`],
      ['dataset', data.datasetVersion],
      ['tags', tagsOf(records.live)]
    ]),
    '# ASEAN Digital Desk export',
    `${records.live.length} notes and highlights on ${refs.filter((r) => annotationsOf(records, r).length).length} records.`,
    ...list('initiative', 'Initiatives'),
    ...list('meeting', 'Meetings'),
    ...list('party', 'Partners'),
    ...list('source', 'Sources')
  ]
  return [{ path: 'index.md', content: `${index_.join('\n\n')}\n` }, ...files]
}

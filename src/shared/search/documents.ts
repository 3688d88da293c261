/**
 * What search indexes: one document per meeting, initiative, party, source passage (paragraph),
 * note and highlight. Pure: built from dataset records and annotations, in any process.
 */
import type { Initiative, Meeting, Party, Source } from '../model/dataset'
import { placeLabel } from '../model/labels'
import type { Annotation } from '../model/annotation'
import { languageOfScript } from '../text/language'
import { isHeading, isListItem, toParagraphs, toPassages } from '../text/paragraphs'

export type SearchKind = 'initiative' | 'meeting' | 'party' | 'passage' | 'note' | 'highlight'

export interface SearchDoc {
  /** Unique across kinds: `initiative:adm-2030`, `passage:vjst-article-adgmin6#12`. */
  ref: string
  kind: SearchKind
  /** The record's id (for a passage, the source id). */
  id: string
  title: string
  /** Names, acronyms and aliases, plus their forms without spaces (`ADM 2030` → `ADM2030`). */
  aliases: string
  body: string
  tags: string
  partner: string
  /** Kind label as a word a query can scope on (`kind:declaration`). */
  type: string
  /** Facets, filtered after matching. */
  years: string[]
  themes: string[]
  partners: string[]
  meetings: string[]
  /** Where the result opens in the app (a hash route). */
  href: string
  /** For passages and highlights: where in the source. */
  start?: number
  end?: number
  paragraph?: number
  /** For a passage: the words around it that say what it is about (its heading, a list's lead-in). */
  context?: string
  /** For a passage: it is a heading (one short line that ends no sentence), a pointer more than an answer. */
  heading?: true
  /** 'user' for a passage of a source the user imported. */
  origin?: 'user'
  /** For a passage: its source's language (ISO 639-1), which decides how its words are analysed. */
  language?: string
}

/** `ADM 2030` and `ADM-2030` also as `ADM2030`, so either spelling finds the other. */
export function compactForms(names: readonly string[]): string[] {
  const out = new Set<string>()
  for (const name of names) {
    out.add(name)
    const compact = name.replace(/[\s\-–]+/g, '')
    if (compact !== name && compact.length <= 24) out.add(compact)
  }
  return [...out]
}

const years = (dates: (string | null | undefined)[]): string[] => [...new Set(dates.filter((d): d is string => !!d).map((d) => d.slice(0, 4)))]

/**
 * A record as an earlier build may have stored it: without the lists (and defaults) the schema
 * gained later, such as the first release's meetings without `aliases`. Each is read with `??`.
 */
type AsStored<T, Later extends keyof T> = Omit<T, Later> & Partial<Pick<T, Later>>
type StoredMeeting = AsStored<Meeting, 'aliases' | 'observers' | 'firstTimeParticipants' | 'partnersPresent' | 'host' | 'status' | 'notes'>
type StoredInitiative = AsStored<Initiative, 'aliases' | 'themes' | 'partners' | 'related' | 'events' | 'evidence'>

export interface DatasetForSearch {
  meetings: readonly StoredMeeting[]
  initiatives: readonly StoredInitiative[]
  parties: readonly AsStored<Party, 'aliases' | 'evidence'>[]
  sources: readonly (Source & { text: string })[]
}

export function datasetDocuments(data: DatasetForSearch): SearchDoc[] {
  const partyName = new Map(data.parties.map((p) => [p.id, p.name]))
  const docs: SearchDoc[] = []
  for (const i of data.initiatives) {
    const [events, partners, themes] = [i.events ?? [], i.partners ?? [], i.themes ?? []]
    docs.push({
      ref: `initiative:${i.id}`,
      kind: 'initiative',
      id: i.id,
      href: `/initiatives/${i.id}`,
      title: i.name,
      aliases: compactForms([i.acronym ?? '', ...(i.aliases ?? [])].filter(Boolean)).join(' · '),
      body: [i.summary, ...events.map((e) => (e.status === 'planned' ? `Planned (announced before the meeting): ${e.note}` : e.note))].join('\n'),
      tags: '',
      partner: partners.map((p) => partyName.get(p) ?? p).join(' · '),
      type: i.kind.replace(/-/g, ' '),
      years: years(events.map((e) => e.date)),
      themes,
      partners,
      meetings: [...new Set(events.map((e) => e.meetingId).filter((m): m is string => !!m))]
    })
  }
  for (const m of data.meetings) {
    const partners = [...new Set([...(m.partnersPresent ?? []), ...(m.observers ?? []), m.host ?? '', m.chair?.country ?? ''].filter(Boolean))]
    docs.push({
      ref: `meeting:${m.id}`,
      kind: 'meeting',
      id: m.id,
      href: `/meetings/${m.id}`,
      title: m.name,
      aliases: compactForms(m.aliases ?? []).join(' · '),
      body: meetingBody(m, (id) => partyName.get(id) ?? id),
      tags: '',
      partner: partners.map((p) => partyName.get(p) ?? p).join(' · '),
      type: `meeting ${m.series}`,
      years: years([m.startDate]),
      themes: [],
      partners,
      meetings: [m.id]
    })
  }
  for (const p of data.parties) {
    docs.push({
      ref: `party:${p.id}`,
      kind: 'party',
      id: p.id,
      href: `/partners/${p.id}`,
      title: p.name,
      aliases: compactForms(p.aliases ?? []).join(' · '),
      body: '',
      tags: '',
      partner: p.name,
      type: p.kind.replace(/-/g, ' '),
      years: [],
      themes: [],
      partners: [p.id],
      meetings: []
    })
  }
  for (const s of data.sources) docs.push(...passageDocuments(s))
  return docs
}

/** A meeting's facts as labelled lines ("Chair: …"), so a snippet says what each value is. */
function meetingBody(m: StoredMeeting, nameOf: (id: string) => string): string {
  const person = (p: Meeting['chair']): string | null => {
    const who = [p?.person, p?.title].filter(Boolean).join(', ')
    const country = p?.country ? nameOf(p.country) : null
    return who && country ? `${who} (${country})` : who || country
  }
  const place = placeLabel(m.city, m.country ? nameOf(m.country) : null)
  const lines: [string, string | null | undefined][] = [
    ['Status', m.status === 'announced' ? 'announced (known only from texts written before it)' : null],
    ['Date', m.startDate ? (m.endDate && m.endDate !== m.startDate ? `${m.startDate} to ${m.endDate}` : m.startDate) : null],
    ['Place', place || null],
    ['Format', m.format],
    ['Chair', person(m.chair)],
    ['Vice-chair', person(m.viceChair)],
    ['Theme', m.theme],
    ['Observers', (m.observers ?? []).map(nameOf).join(', ') || null]
  ]
  return [...lines.filter(([, v]) => v).map(([label, v]) => `${label}: ${v}`), ...(m.notes ?? []).map((n) => n.text)].join('\n') || `Status: ${m.status ?? 'held'}`
}

/**
 * A source's search documents: one per passage. A paragraph is one passage, or several cut at
 * sentence ends when it is long (`toPassages`); each keeps its paragraph's number for citations.
 */
export function passageDocuments(source: Pick<Source, 'id' | 'title' | 'publishedOn'> & { text: string; origin?: 'user'; language?: string }): SearchDoc[] {
  const out: SearchDoc[] = []
  let heading = ''
  let leadIn = ''
  toParagraphs(source.text).forEach((paragraph, index) => {
    const passages = toPassages(paragraph)
    // What a passage is about, from the lines before it: the last heading, and a list's lead-in.
    const [isHead, isItem] = [isHeading(paragraph.text), isListItem(paragraph.text)]
    const context = [heading, isItem ? leadIn : ''].filter(Boolean).join('\n')
    if (isHead) heading = paragraph.text
    else if (!isItem) leadIn = paragraph.text.length <= 300 ? paragraph.text : ''
    passages.forEach((p, part) => {
      out.push({
        ref: `passage:${source.id}#${index + 1}${passages.length > 1 ? `.${part + 1}` : ''}`,
        kind: 'passage' as const,
        id: source.id,
        href: `/sources/${source.id}?at=${p.start}-${p.end}`,
        title: source.title,
        aliases: '',
        body: p.text,
        tags: '',
        partner: '',
        type: 'passage source',
        years: years([source.publishedOn]),
        themes: [],
        partners: [],
        meetings: [],
        start: p.start,
        end: p.end,
        paragraph: index + 1,
        ...(context ? { context } : {}),
        ...(isHead ? { heading: true as const } : {}),
        ...(source.origin ? { origin: source.origin } : {}),
        ...(source.language ? { language: source.language } : {})
      })
    })
  })
  return out
}

const TARGET_PATH = { initiative: 'initiatives', meeting: 'meetings', party: 'partners', source: 'sources' } as const

/**
 * Notes and highlights; `targetTitle` names what each is about. A note written in Vietnamese, or
 * a highlight of a Thai passage, takes the language its letters show, so its words are indexed as
 * that language's (`engine.ts`); others are read as English.
 */
export function annotationDocuments(annotations: readonly Annotation[], targetTitle: (a: Annotation) => string): SearchDoc[] {
  return annotations
    .filter((a) => !a.deleted)
    .map((a) => {
      const body = [a.selector?.quote.exact ?? '', a.body].filter(Boolean).join('\n')
      const language = languageOfScript(body)
      return {
        ref: `${a.kind}:${a.id}`,
        kind: a.kind,
        id: a.id,
        href: a.kind === 'highlight' ? `/sources/${a.targetId}?highlight=${a.id}` : `/${TARGET_PATH[a.targetType]}/${a.targetId}`,
        title: targetTitle(a),
        aliases: '',
        body,
        tags: a.tags.join(' '),
        partner: '',
        type: a.kind,
        years: [a.updated.slice(0, 4)],
        themes: [],
        partners: [],
        meetings: [],
        ...(a.selector ? { start: a.selector.position.start, end: a.selector.position.end } : {}),
        ...(language ? { language } : {})
      }
    })
}

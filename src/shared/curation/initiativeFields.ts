/**
 * The fields of an initiative a user fills from a quote (or by hand): its name and other names,
 * kind, themes, partners, summary, and its outcomes at meetings. What each one writes on the
 * record, and how a selected passage is read into a value. Pure.
 *
 * Evidence keeps the dataset's shape: a quote's `about` names the key it supports (`kind`,
 * `summary`) or, for one entry of a list, the key and the entry (`partners:viet-nam`,
 * `aliases:DICT`), so each partner or name shows the quote that states it. An outcome carries its
 * quote in its own `evidence`, as shipped events do.
 */
import { EVENT_ACTIONS, INITIATIVE_KINDS, RELATIONS, type EventAction, type Initiative, type InitiativeEvent, type InitiativeKind } from '../model/dataset'
import { EMPTY_VALUE, parseDateRange, type FieldValue } from './meetingFields'
import { nameFromQuote, renamedTo, withOtherName } from './names'

export const INITIATIVE_FIELDS = {
  name: { label: 'Name', key: 'name', list: false },
  acronym: { label: 'Acronym', key: 'acronym', list: false },
  alias: { label: 'Another name', key: 'aliases', list: true },
  kind: { label: 'Kind', key: 'kind', list: false },
  theme: { label: 'Theme', key: 'themes', list: true },
  partner: { label: 'Partner', key: 'partners', list: true },
  summary: { label: 'Summary', key: 'summary', list: false },
  event: { label: 'Outcome at a meeting', key: 'events', list: true },
  related: { label: 'Related initiative', key: 'related', list: true }
} as const
export type InitiativeField = keyof typeof INITIATIVE_FIELDS
export const INITIATIVE_FIELD_NAMES = Object.keys(INITIATIVE_FIELDS) as InitiativeField[]
/** The facts of a shipped initiative a reading can correct, one value each (an outcome: one outcome). */
export const INITIATIVE_CORRECTABLE_FIELDS: InitiativeField[] = ['acronym', 'kind', 'summary', 'event']

/** Names one outcome of an initiative, for a reading of it: its meeting, date and verb. */
export const eventKey = (e: Pick<InitiativeEvent, 'meetingId' | 'date' | 'action'>): string => `${e.meetingId ?? ''}|${e.date ?? ''}|${e.action}`

/** An outcome as the dialog edits it. */
export const eventValue = (e: InitiativeEvent): FieldValue => ({ ...EMPTY_VALUE, ref: e.meetingId ?? '', startDate: e.date ?? '', action: e.action, text: e.note })

/** One value of an initiative's field as a line of text; an outcome as "adopted at ADGMIN 3 on 2023-02-10: …". */
export function initiativeFieldText(field: InitiativeField, v: FieldValue, name: { party: (id: string) => string; meeting: (id: string) => string; theme: (id: string) => string }): string {
  switch (field) {
    case 'partner':
      return v.ref ? name.party(v.ref) : ''
    case 'theme':
      return v.ref ? name.theme(v.ref) : ''
    case 'event':
      return [v.action, v.ref ? `at ${name.meeting(v.ref)}` : '', v.startDate ? `on ${v.startDate}` : ''].filter(Boolean).join(' ') + (v.text ? `: ${v.text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '')}` : '')
    default:
      return v.text.replace(/\s+/g, ' ').trim()
  }
}

/** A named thing a value may point at: a party, a theme, a meeting. */
export interface Named {
  id: string
  name: string
  aliases?: readonly string[]
  number?: number | null
}

/** What a value can point at, for reading a quote and checking a choice. */
export interface Choices {
  parties: readonly Named[]
  themes: readonly Named[]
  meetings: readonly Named[]
  /** Initiatives a relation can point at. */
  initiatives?: readonly Named[]
}

export const RELATION_LABELS: Record<(typeof RELATIONS)[number], string> = {
  'succeeded-by': 'Succeeded by',
  succeeds: 'Succeeds',
  'renamed-to': 'Renamed to',
  'renamed-from': 'Renamed from',
  'part-of': 'Part of',
  'has-part': 'Includes',
  related: 'Related'
}

/** The relation a sentence states between two initiatives ("succeeds", "part of"), or plain related. */
function findRelation(text: string): (typeof RELATIONS)[number] {
  if (/\b(?:succeed(?:s|ed)?|successor to|replac(?:es|ed|ing)|follow(?:s|ed)? on from)\b/i.test(text)) return 'succeeds'
  if (/\b(?:renamed from|formerly)\b/i.test(text)) return 'renamed-from'
  if (/\b(?:part of|under the|within the)\b/i.test(text)) return 'part-of'
  return 'related'
}

const KIND_WORDS: [RegExp, InitiativeKind][] = [
  [/declaration/i, 'declaration'],
  [/guidelines?/i, 'guideline'],
  [/\bguide\b/i, 'guide'],
  [/framework/i, 'framework'],
  [/master ?plan/i, 'masterplan'],
  [/work ?plan/i, 'work-plan'],
  [/action plan|roadmap/i, 'action-plan'],
  [/memorandum of understanding|\bMOU\b/i, 'mou'],
  [/agreement/i, 'agreement'],
  [/joint statement/i, 'joint-statement'],
  [/statement|charter|principles/i, 'statement'],
  [/working group/i, 'working-group'],
  [/network/i, 'network'],
  [/fund/i, 'fund'],
  [/centre|center/i, 'centre'],
  [/award/i, 'award'],
  [/programme|program/i, 'programme'],
  [/forum/i, 'forum'],
  [/dialogue/i, 'dialogue'],
  [/toolkit|handbook/i, 'handbook'],
  [/platform/i, 'platform'],
  [/study/i, 'study'],
  [/report/i, 'report']
]

/** The kind a name says it is ("… Framework" is a framework); a project when it says none. */
export const kindFromName = (name: string): InitiativeKind => KIND_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'project'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The first of `things` the text names by its name or an alias (whole words), longest name first. */
export function findNamed(text: string, things: readonly Named[]): Named | null {
  const names = things.flatMap((t) => [t.name, ...(t.aliases ?? [])].filter((n) => n.length > 2).map((n) => ({ t, n })))
  names.sort((a, b) => b.n.length - a.n.length)
  return names.find(({ n }) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text))?.t ?? null
}

/** The verb forms a text uses for each action ("looked forward", "prioritized"). */
const ACTION_FORMS: Partial<Record<EventAction, string>> = {
  'looked-forward': 'looked forward',
  prioritised: 'prioriti[sz]ed',
  emphasised: 'emphasi[sz]ed'
}

/** The first action verb the text uses, by where it stands in the text. */
export function findAction(text: string): EventAction | '' {
  let best: { action: EventAction; at: number } | null = null
  for (const action of EVENT_ACTIONS) {
    const at = new RegExp(`\\b${ACTION_FORMS[action] ?? escape(action)}\\b`, 'i').exec(text)?.index
    if (at !== undefined && (!best || at < best.at)) best = { action, at }
  }
  return best?.action ?? ''
}

/** "the 3rd ADGMIN", "ADGMIN 3", or a meeting named by its name or alias. */
export function findMeeting(text: string, meetings: readonly Named[]): Named | null {
  const byNumber = /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:ASEAN Digital Ministers['’]? Meeting|ADGMIN)\b/i.exec(text) ?? /\bADGMIN\s*-?\s*(\d{1,2})\b/i.exec(text)
  if (byNumber) {
    const n = Number(byNumber[1])
    const found = meetings.find((m) => m.number === n)
    if (found) return found
  }
  return findNamed(text, meetings)
}

const acronymIn = (text: string): string => /\(([A-Z][A-Za-z0-9&./ -]{1,15}[A-Za-z0-9])\)/.exec(text)?.[1] ?? /\b([A-Z][A-Z0-9&-]{1,11}[A-Z0-9])\b/.exec(text)?.[1] ?? ''

/** What a selected passage reads as, for one field: the dialog's prefilled value. */
export function initiativeValueFromQuote(field: InitiativeField, quote: string, choices: Choices): FieldValue {
  const text = quote.replace(/\s+/g, ' ').trim()
  switch (field) {
    case 'name':
    case 'alias':
      return { ...EMPTY_VALUE, text: nameFromQuote(text) }
    case 'acronym':
      return { ...EMPTY_VALUE, text: acronymIn(text) }
    case 'kind':
      return { ...EMPTY_VALUE, text: kindFromName(text) }
    case 'theme':
      return { ...EMPTY_VALUE, ref: findNamed(text, choices.themes)?.id ?? '' }
    case 'partner':
      return { ...EMPTY_VALUE, ref: findNamed(text, choices.parties)?.id ?? '' }
    case 'summary':
      return { ...EMPTY_VALUE, text }
    case 'event': {
      const meeting = findMeeting(text, choices.meetings)
      return { ...EMPTY_VALUE, ref: meeting?.id ?? '', startDate: parseDateRange(text)?.startDate ?? '', action: findAction(text), text }
    }
    case 'related':
      return { ...EMPTY_VALUE, ref: findNamed(text, choices.initiatives ?? [])?.id ?? '', action: findRelation(text) }
  }
}

/** The value as it stands on a record, for editing a single-valued field; lists start empty. */
export function initiativeValueOf(field: InitiativeField, x: Initiative): FieldValue {
  switch (field) {
    case 'name':
      return { ...EMPTY_VALUE, text: x.name }
    case 'acronym':
      return { ...EMPTY_VALUE, text: x.acronym ?? '' }
    case 'kind':
      return { ...EMPTY_VALUE, text: x.kind }
    case 'summary':
      return { ...EMPTY_VALUE, text: x.summary }
    default:
      return EMPTY_VALUE
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
export type Applied<T> = { ok: true; patch: Partial<T>; about: string | null; shown: string } | { ok: false; error: string }

/**
 * The record's keys the value sets (a list gains one entry), the `about` of its quote, and the
 * value as a line for the history; or the reason it cannot (shown under the form). An outcome's
 * quote goes into the outcome itself (`about` null); `quote` is null when typed by hand.
 */
export function applyInitiativeValue(field: InitiativeField, v: FieldValue, x: Initiative, choices: Choices, quote: { sourceId: string; quote: string } | null): Applied<Initiative> {
  const text = v.text.replace(/\s+/g, ' ').trim()
  const names = [x.name, x.acronym ?? '', ...x.aliases].filter(Boolean)
  switch (field) {
    case 'name':
      return renamedTo(x, text)
    case 'acronym':
      if (text.length > 30) return { ok: false, error: 'An acronym has at most 30 characters.' }
      return { ok: true, patch: { acronym: text || null }, about: 'acronym', shown: text || '(none)' }
    case 'alias':
      return withOtherName(x, names, text)
    case 'kind':
      if (!(INITIATIVE_KINDS as readonly string[]).includes(text)) return { ok: false, error: 'Choose a kind.' }
      return { ok: true, patch: { kind: text as InitiativeKind }, about: 'kind', shown: text }
    case 'theme': {
      const theme = choices.themes.find((t) => t.id === v.ref)
      if (!theme) return { ok: false, error: 'Choose a theme.' }
      if (x.themes.includes(theme.id)) return { ok: false, error: `“${theme.name}” is already one of its themes.` }
      return { ok: true, patch: { themes: [...x.themes, theme.id] }, about: `themes:${theme.id}`, shown: theme.name }
    }
    case 'partner': {
      const party = choices.parties.find((p) => p.id === v.ref)
      if (!party) return { ok: false, error: 'Choose a partner.' }
      if (x.partners.includes(party.id)) return { ok: false, error: `“${party.name}” is already one of its partners.` }
      return { ok: true, patch: { partners: [...x.partners, party.id] }, about: `partners:${party.id}`, shown: party.name }
    }
    case 'summary':
      if (!text) return { ok: false, error: 'Give the summary.' }
      return { ok: true, patch: { summary: text, summaryBy: quote ? 'sources' : 'editors' }, about: 'summary', shown: text }
    case 'event': {
      if (!(EVENT_ACTIONS as readonly string[]).includes(v.action)) return { ok: false, error: 'Choose what was done (the text’s own verb).' }
      if (v.startDate && !DATE.test(v.startDate)) return { ok: false, error: 'Give the date as a date (for example 2023-02-09), or leave it empty.' }
      const meeting = v.ref ? choices.meetings.find((m) => m.id === v.ref) : null
      if (v.ref && !meeting) return { ok: false, error: 'That meeting is no longer in your library.' }
      if (!meeting && !v.startDate) return { ok: false, error: 'Choose the meeting, or give the date.' }
      if (!text) return { ok: false, error: 'Say what happened, in a sentence.' }
      const event: InitiativeEvent & { byHand?: true } = {
        meetingId: meeting?.id ?? null,
        date: v.startDate || null,
        action: v.action as EventAction,
        note: text,
        evidence: quote ? [{ sourceId: quote.sourceId, quote: quote.quote.trim() }] : [],
        ...(quote ? {} : { byHand: true as const })
      }
      return { ok: true, patch: { events: [...x.events, event] }, about: null, shown: `${v.action}${meeting ? ` at ${meeting.name}` : ''}${v.startDate ? ` on ${v.startDate}` : ''}: ${text}` }
    }
    case 'related': {
      const other = (choices.initiatives ?? []).find((i) => i.id === v.ref)
      if (!other) return { ok: false, error: 'Choose the related initiative.' }
      if (other.id === x.id) return { ok: false, error: 'An initiative cannot be related to itself.' }
      if (!(RELATIONS as readonly string[]).includes(v.action)) return { ok: false, error: 'Choose how they are related.' }
      const relation = v.action as (typeof RELATIONS)[number]
      if (x.related.some((r) => r.id === other.id && r.relation === relation)) return { ok: false, error: `It is already marked “${RELATION_LABELS[relation].toLowerCase()}” “${other.name}”.` }
      const entry = { id: other.id, relation, evidence: quote ? [{ sourceId: quote.sourceId, quote: quote.quote.trim() }] : [] }
      return { ok: true, patch: { related: [...x.related, entry] }, about: null, shown: `${RELATION_LABELS[relation]} ${other.name}` }
    }
  }
}

/** Whether an evidence entry's `about` is for the field (a list entry: for that entry). */
export function supportsEntry(about: string | undefined, key: string, entry?: string): boolean {
  if (!about) return false
  if (entry !== undefined) return about === `${key}:${entry}`
  return about === key || about.split(/\s+/).includes(key)
}

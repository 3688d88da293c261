/**
 * The fields of a meeting a user fills from a quote (or by hand), what each one writes on the
 * record, and how a selected passage is read into a value: a date range, a city and country, a
 * person and title. Pure; the evidence a value rests on is the dataset's own shape, its `about`
 * naming the record keys the quote supports, exactly as shipped facts carry it.
 */
import type { Meeting } from '../model/dataset'
import { nameFromQuote, otherNameProblem, renamedAliases } from './names'

export const MEETING_FIELDS = {
  name: { label: 'Name', keys: ['name'] },
  alias: { label: 'Another name', keys: ['aliases'], list: true },
  dates: { label: 'Dates', keys: ['startDate', 'endDate'] },
  place: { label: 'Place', keys: ['city', 'country'] },
  format: { label: 'Format', keys: ['format'] },
  host: { label: 'Host', keys: ['host'] },
  chair: { label: 'Chair', keys: ['chair'] },
  viceChair: { label: 'Vice-chair', keys: ['viceChair'] },
  theme: { label: 'Theme', keys: ['theme'] },
  status: { label: 'Status', keys: ['status'] },
  observer: { label: 'Observer', keys: ['observers'], list: true },
  partnerPresent: { label: 'Partner present', keys: ['partnersPresent'], list: true }
} as const satisfies Record<string, { label: string; keys: readonly string[]; list?: true }>
export type MeetingField = keyof typeof MEETING_FIELDS
export const MEETING_FIELD_NAMES = Object.keys(MEETING_FIELDS) as MeetingField[]
/** A field that holds one value (a list field gains an entry at a time). */
export const isListField = (field: MeetingField): boolean => 'list' in MEETING_FIELDS[field]
/** The fields a reading of a shipped meeting can correct: one value each, beside the shipped one. */
export const CORRECTABLE_FIELDS = MEETING_FIELD_NAMES.filter((f) => !isListField(f) && f !== 'name')

/** The value the dialog edits: every field as plain strings, `''` for none. */
export interface FieldValue {
  startDate: string
  endDate: string
  city: string
  country: string
  person: string
  title: string
  text: string
  /** A chosen record: a party, a theme, a meeting. */
  ref: string
  /** An outcome's verb (`EVENT_ACTIONS`). */
  action: string
}
export const EMPTY_VALUE: FieldValue = { startDate: '', endDate: '', city: '', country: '', person: '', title: '', text: '', ref: '', action: '' }

export interface Country {
  id: string
  name: string
  aliases: readonly string[]
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const monthOf = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1
const iso = (y: string, m: number, d: string | number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** "14-15 February 2023", "14 to 15 Feb 2023", "February 14–15, 2023", "30 Jan – 1 Feb 2023", "14 February 2023". */
export function parseDateRange(text: string): { startDate: string; endDate: string } | null {
  const dash = '\\s*(?:-|–|—|to|and)\\s*'
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:\\s+${MONTH})?(?:${dash}(\\d{1,2}))?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text)
  if (dayFirst) {
    const [, d1, m1, d2, m2, y] = dayFirst
    const end = monthOf(m2!)
    const start = m1 ? monthOf(m1) : end
    return { startDate: iso(y!, start, d1!), endDate: iso(y!, end, d2 ?? d1!) }
  }
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:${dash}(\\d{1,2}))?,?\\s+(\\d{4})\\b`, 'i').exec(text)
  if (monthFirst) {
    const [, m, d1, d2, y] = monthFirst
    return { startDate: iso(y!, monthOf(m!), d1!), endDate: iso(y!, monthOf(m!), d2 ?? d1!) }
  }
  const isoRange = /\b(\d{4}-\d{2}-\d{2})(?:\s*(?:to|–|—)\s*(\d{4}-\d{2}-\d{2}))?/.exec(text)
  return isoRange ? { startDate: isoRange[1]!, endDate: isoRange[2] ?? isoRange[1]! } : null
}

/** The country named in the text, by name or alias, whole words only. */
export function findCountry(text: string, countries: readonly Country[]): Country | null {
  for (const c of countries) {
    for (const name of [c.name, ...c.aliases]) {
      if (name.length > 2 && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)) return c
    }
  }
  return null
}

/** "in Boracay, Philippines" or "Boracay, the Philippines": the city before the country, or after "in". */
export function parsePlace(text: string, countries: readonly Country[]): { city: string; country: string } {
  const country = findCountry(text, countries)
  const cityBefore = /\b(?:in|at)\s+((?:[A-Z][\p{L}'’-]+\s?){1,3}),/u.exec(text) ?? /^((?:[A-Z][\p{L}'’-]+\s?){1,3}),/u.exec(text.trim())
  let city = cityBefore?.[1]?.trim() ?? ''
  if (!city) city = /\b(?:in|at)\s+((?:[A-Z][\p{L}'’-]+\s?){1,3})/u.exec(text)?.[1]?.trim() ?? ''
  if (country && [country.name, ...country.aliases].some((n) => n.toLowerCase() === city.toLowerCase())) city = ''
  return { city, country: country?.id ?? '' }
}

const HONORIFICS = /^(?:H\.?\s?E\.?|His Excellency|Her Excellency|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+/i
const OFFICES = '(?:Secretary|Minister|Deputy Minister|Vice Minister|Undersecretary|Chair(?:man|person)?|Director[- ]General|Senior Minister)'

/** "H.E. Ivan John E. Uy, Secretary of …" or "Secretary Ivan John E. Uy of …" or "chaired by …". */
export function parsePerson(text: string, countries: readonly Country[]): { person: string; title: string; country: string } {
  let rest = text.trim().replace(/^.*?\b(?:chaired by|led by|presided over by|co-chaired by)\s+/i, '').replace(/[.;]$/, '')
  rest = rest.replace(HONORIFICS, '')
  let person: string
  let title: string
  const officeFirst = new RegExp(`^(${OFFICES}(?:\\s+of\\s+[^,]+?)?)\\s+((?:[A-Z][\\p{L}.'’-]*\\s?){2,5})(?:,|\\s+of\\b|$)`, 'u').exec(rest)
  if (officeFirst && !/\s+of\s+/.test(officeFirst[1]!)) {
    title = officeFirst[1]!
    person = officeFirst[2]!.trim()
    const after = rest.slice(officeFirst.index + officeFirst[0].length).trim()
    if (/^(?:of\b|the\b)/i.test(after) || officeFirst[0].trimEnd().endsWith('of')) title = `${title} of ${after.replace(/^of\s+/i, '')}`.trim()
  } else {
    const comma = rest.indexOf(',')
    person = (comma > 0 ? rest.slice(0, comma) : rest).replace(HONORIFICS, '').trim()
    title = comma > 0 ? rest.slice(comma + 1).trim() : ''
  }
  const country = findCountry(text, countries)
  return { person, title: title.replace(/\s+/g, ' '), country: country?.id ?? '' }
}

/** What a selected passage reads as, for one field: the dialog's prefilled value. */
export function valueFromQuote(field: MeetingField, quote: string, countries: readonly Country[]): FieldValue {
  const text = quote.replace(/\s+/g, ' ').trim()
  switch (field) {
    case 'name':
    case 'alias':
      return { ...EMPTY_VALUE, text: nameFromQuote(text) }
    case 'observer':
    case 'partnerPresent':
      return { ...EMPTY_VALUE, ref: findCountry(text, countries)?.id ?? '' }
    case 'dates':
      return { ...EMPTY_VALUE, ...(parseDateRange(text) ?? {}) }
    case 'place':
      return { ...EMPTY_VALUE, ...parsePlace(text, countries) }
    case 'host':
      return { ...EMPTY_VALUE, country: findCountry(text, countries)?.id ?? '' }
    case 'chair':
    case 'viceChair':
      return { ...EMPTY_VALUE, ...parsePerson(text, countries) }
    case 'format':
      return { ...EMPTY_VALUE, text: /virtual|video ?conference|online/i.test(text) ? 'virtual' : /in[- ]person|physical/i.test(text) ? 'in-person' : '' }
    case 'status':
      return { ...EMPTY_VALUE, text: /\bwill\b|to be held|upcoming/i.test(text) ? 'announced' : 'held' }
    case 'theme': {
      const quoted = /[“"]([^”"]{4,})[”"]/.exec(text)?.[1] ?? /\btheme[d]?\s*(?:of|was|is|:)?\s*(.+)$/i.exec(text)?.[1] ?? text
      return { ...EMPTY_VALUE, text: quoted.replace(/[.,;]$/, '').trim() }
    }
  }
}

/** The value as it stands on a record, for editing it. */
export function valueOf(field: MeetingField, m: Meeting): FieldValue {
  const p = field === 'chair' ? m.chair : field === 'viceChair' ? m.viceChair : null
  return {
    ...EMPTY_VALUE,
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
    city: m.city ?? '',
    country: (field === 'host' ? m.host : field === 'place' ? m.country : p?.country) ?? '',
    person: p?.person ?? '',
    title: p?.title ?? '',
    text: (field === 'theme' ? m.theme : field === 'format' ? m.format : field === 'status' ? m.status : field === 'name' ? m.name : null) ?? ''
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const or = (s: string): string | null => s.trim() || null

/**
 * The record's keys the value sets, or the reason it cannot (shown under the form). A list field
 * adds one entry to `current`'s list, and its quote's `about` names the entry (`observers:timor-leste`).
 */
export function applyValue(field: MeetingField, v: FieldValue, current?: Meeting): { ok: true; patch: Partial<Meeting>; about?: string } | { ok: false; error: string } {
  switch (field) {
    case 'name': {
      const text = v.text.replace(/\s+/g, ' ').trim()
      if (!text) return { ok: false, error: 'Give the name.' }
      if (!current || text === current.name) return { ok: true, patch: { name: text } }
      return { ok: true, patch: { name: text, aliases: renamedAliases(current.aliases, current.name, text) } }
    }
    case 'alias': {
      const text = v.text.replace(/\s+/g, ' ').trim()
      const problem = otherNameProblem(current ? [current.name, ...current.aliases] : [], text)
      if (problem) return { ok: false, error: problem }
      return { ok: true, patch: { aliases: [...(current?.aliases ?? []), text] }, about: `aliases:${text}` }
    }
    case 'observer':
    case 'partnerPresent': {
      const key = field === 'observer' ? 'observers' : 'partnersPresent'
      if (!v.ref) return { ok: false, error: field === 'observer' ? 'Choose the observer.' : 'Choose the partner.' }
      if (current?.[key].includes(v.ref)) return { ok: false, error: 'It is already in that list.' }
      return { ok: true, patch: { [key]: [...(current?.[key] ?? []), v.ref] }, about: `${key}:${v.ref}` }
    }
    case 'dates': {
      if (!DATE.test(v.startDate)) return { ok: false, error: 'Give the first day as a date (for example 2023-02-14).' }
      const end = v.endDate || v.startDate
      if (!DATE.test(end)) return { ok: false, error: 'Give the last day as a date, or leave it empty for a one-day meeting.' }
      if (end < v.startDate) return { ok: false, error: 'The last day comes before the first day.' }
      return { ok: true, patch: { startDate: v.startDate, endDate: end } }
    }
    case 'place':
      if (!v.city.trim() && !v.country) return { ok: false, error: 'Give a city or a country.' }
      return { ok: true, patch: { city: or(v.city), country: or(v.country) } }
    case 'host':
      if (!v.country) return { ok: false, error: 'Choose the host country.' }
      return { ok: true, patch: { host: v.country } }
    case 'chair':
    case 'viceChair': {
      if (!v.person.trim() && !v.country) return { ok: false, error: 'Give a person or a country.' }
      const person = { person: or(v.person), title: or(v.title), country: or(v.country) }
      return { ok: true, patch: field === 'chair' ? { chair: person } : { viceChair: person } }
    }
    case 'theme':
      if (!v.text.trim()) return { ok: false, error: 'Give the theme.' }
      return { ok: true, patch: { theme: v.text.trim() } }
    case 'format':
      if (v.text !== 'virtual' && v.text !== 'in-person') return { ok: false, error: 'Choose in person or video conference.' }
      return { ok: true, patch: { format: v.text } }
    case 'status':
      if (v.text !== 'held' && v.text !== 'announced') return { ok: false, error: 'Choose held or announced.' }
      return { ok: true, patch: { status: v.text } }
  }
}

/** Whether an evidence entry's `about` names any key of the field (a list field: any of its entries). */
export const supports = (about: string | undefined, field: MeetingField): boolean => {
  if (!about) return false
  const keys = MEETING_FIELDS[field].keys as readonly string[]
  if (isListField(field)) return keys.some((k) => about.startsWith(`${k}:`))
  return !about.includes(':') && about.split(/\s+/).some((k) => keys.includes(k))
}

const NOT_A_CITY = new RegExp(`^(?:${MONTH}|ASEAN|The|This|That|Its|Their)$`, 'i')

/**
 * The fields a sentence states plainly enough to fill when a meeting is made from it: a date or
 * range, a city ("in Boracay"), a chair ("chaired by …"). Each is read as the dialog would read
 * the same sentence selected; anything less certain is left for the user.
 */
export function sentenceFields(sentence: string, countries: readonly Country[]): { field: MeetingField; value: FieldValue }[] {
  const text = sentence.replace(/\s+/g, ' ').trim()
  const out: { field: MeetingField; value: FieldValue }[] = []
  const dates = parseDateRange(text)
  if (dates) out.push({ field: 'dates', value: { ...EMPTY_VALUE, ...dates } })
  const place = parsePlace(text, countries)
  if (place.city && !NOT_A_CITY.test(place.city) && place.city !== place.city.toUpperCase()) out.push({ field: 'place', value: { ...EMPTY_VALUE, ...place } })
  if (/\b(?:chaired by|presided over by|co-chaired by)\s+\S/i.test(text)) {
    const person = parsePerson(text.slice(text.search(/\b(?:chaired by|presided over by|co-chaired by)\b/i)), countries)
    if (person.person && /^[A-Z]/.test(person.person) && person.person.split(' ').length <= 6) out.push({ field: 'chair', value: { ...EMPTY_VALUE, ...person } })
  }
  if (/\b(?:was|were) held\b|\btook place\b|\bconvened\b|\bconcluded\b/i.test(text)) out.push({ field: 'status', value: { ...EMPTY_VALUE, text: 'held' } })
  return out
}

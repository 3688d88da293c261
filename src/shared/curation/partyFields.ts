/**
 * The fields of a partner a user made from a suggestion (a ministry, an agency, an organisation):
 * its name, kind and other names, each from a quote or typed by hand. Pure; evidence as for
 * initiatives (`about` names the key, or `aliases:<name>` for one other name).
 */
import { PARTY_KINDS, type Party } from '../model/dataset'
import { EMPTY_VALUE, type FieldValue } from './meetingFields'
import type { Applied } from './initiativeFields'
import { nameFromQuote, renamedTo, withOtherName } from './names'

export const PARTY_FIELDS = {
  name: { label: 'Name', key: 'name', list: false },
  kind: { label: 'Kind', key: 'kind', list: false },
  alias: { label: 'Another name', key: 'aliases', list: true }
} as const
export type PartyField = keyof typeof PARTY_FIELDS
export const PARTY_FIELD_NAMES = Object.keys(PARTY_FIELDS) as PartyField[]
export type PartyKind = (typeof PARTY_KINDS)[number]

/** Words that give a partner's kind, first match wins. */
const KIND_WORDS: [RegExp, PartyKind][] = [
  [/^ASEAN\b|\bASEAN (?:Secretariat|Foundation|Centre|Center)\b/i, 'asean-body'],
  [/\b(?:ministry|department|agency|commission|authority|office|bureau|directorate|regulator|government)\b/i, 'government-body'],
  [/\b(?:association|chamber|federation|alliance|council of industry|industry|business council|company|corporation)\b/i, 'industry-body'],
  [/\b(?:organi[sz]ation|union|bank|fund|programme|program|telecommunity|nations)\b/i, 'international-organisation']
]

/** The kind a partner's name says it is; a government body when it says none (ministries are most suggestions). */
export const partyKindFromName = (name: string): PartyKind => KIND_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'government-body'

export function partyValueFromQuote(field: PartyField, quote: string): FieldValue {
  const text = quote.replace(/\s+/g, ' ').trim()
  if (field === 'kind') return { ...EMPTY_VALUE, text: partyKindFromName(text) }
  return { ...EMPTY_VALUE, text: nameFromQuote(text) }
}

export function partyValueOf(field: PartyField, p: Party): FieldValue {
  return field === 'name' ? { ...EMPTY_VALUE, text: p.name } : field === 'kind' ? { ...EMPTY_VALUE, text: p.kind } : EMPTY_VALUE
}

export function applyPartyValue(field: PartyField, v: FieldValue, p: Party): Applied<Party> {
  const text = v.text.replace(/\s+/g, ' ').trim()
  switch (field) {
    case 'name':
      return renamedTo(p, text)
    case 'kind':
      if (!(PARTY_KINDS as readonly string[]).includes(text)) return { ok: false, error: 'Choose a kind.' }
      return { ok: true, patch: { kind: text as PartyKind }, about: 'kind', shown: text }
    case 'alias':
      return withOtherName(p, [p.name, ...p.aliases], text)
  }
}

/**
 * Records the user makes from a suggestion in an imported document: an initiative, a meeting or a partner,
 * marked as theirs (`origin: 'user'`), with the sentence it was found in as its evidence. They
 * live in the dataset tables beside the shipped records (a dataset upgrade keeps them), are
 * linked wherever sources name them, and travel in backups.
 */
import type { Suggestion } from '@shared/import/suggestions'
import { kindFromName } from '@shared/curation/initiativeFields'
import { applyValue, MEETING_FIELDS, sentenceFields, type Country } from '@shared/curation/meetingFields'
import { fieldText } from '@shared/curation/corrections'
import { withChange, type HistoryEntry } from '@shared/curation/history'
import { relinkRecord } from '../curation/curation'
import { db, type StoredInitiative, type StoredMeeting, type StoredParty } from '../../db/db'
import { partyKindFromName } from '@shared/curation/partyFields'

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

/** The creation, first in the record's history: where it came from; it cannot be undone (delete is not offered). */
const made = (at: string, sourceId: string, sourceTitle: string, quote: string): HistoryEntry => ({
  at,
  field: 'Made',
  value: `from a suggestion in “${sourceTitle}”`,
  evidence: { sourceId, quote },
  previous: null
})

/**
 * A meeting made from a suggestion takes what its sentence states plainly (dates, city, chair,
 * held): each field with the sentence as its quote and its own history entry, so each can be undone.
 */
function withSentenceFields(record: StoredMeeting, sourceId: string, countries: readonly Country[], names: ReadonlyMap<string, string>): StoredMeeting {
  const quote = record.evidence[0]!.quote
  let next = record
  for (const { field, value } of sentenceFields(quote, countries)) {
    const applied = applyValue(field, value, next)
    if (!applied.ok) continue
    const about = MEETING_FIELDS[field].keys.join(' ')
    next = withChange(
      next,
      { ...applied.patch, evidence: [...next.evidence, { sourceId, quote, about }] },
      { at: record.updated!, field: MEETING_FIELDS[field].label, value: fieldText(field, value, (id) => names.get(id) ?? id), evidence: { sourceId, quote } }
    )
  }
  return next
}

export async function createFromSuggestion(suggestion: Suggestion, sourceId: string, sourceTitle: string): Promise<{ type: 'initiative' | 'meeting' | 'party'; id: string }> {
  const now = new Date().toISOString()
  const evidence = [{ sourceId, quote: suggestion.sentence }]
  const history = [made(now, sourceId, sourceTitle, suggestion.sentence)]
  const rand = Math.random().toString(36).slice(2, 6)
  if (suggestion.kind === 'meeting') {
    const record: StoredMeeting = {
      id: `user-${slug(suggestion.name)}-${rand}`,
      series: suggestion.series ?? 'ADGMIN',
      number: suggestion.number ?? null,
      name: suggestion.name,
      aliases: suggestion.series && suggestion.number ? [`${suggestion.series} ${suggestion.number}`] : [],
      startDate: null,
      endDate: null,
      city: null,
      country: null,
      format: null,
      chair: null,
      viceChair: null,
      theme: null,
      observers: [],
      firstTimeParticipants: [],
      partnersPresent: [],
      host: null,
      parentMeetingId: null,
      referenceFields: [],
      status: 'announced',
      notes: [],
      evidence,
      origin: 'user',
      updated: now,
      history
    }
    await db.transaction('rw', [db.meetings, db.mentions, db.sources, db.parties], async () => {
      const parties = await db.parties.toArray()
      const names = new Map(parties.map((p) => [p.id, p.name]))
      const countries = parties.filter((p) => p.kind === 'member-state' || p.kind === 'observer' || p.kind === 'dialogue-partner')
      const filled = withSentenceFields(record, sourceId, countries, names)
      await db.meetings.put(filled)
      await relinkRecord('meeting', filled)
    })
    return { type: 'meeting', id: record.id }
  }
  if (suggestion.kind === 'partner') {
    const party: StoredParty = {
      id: `user-${slug(suggestion.acronym ?? suggestion.name)}-${rand}`,
      name: suggestion.name,
      kind: partyKindFromName(suggestion.name),
      aliases: suggestion.acronym && suggestion.acronym !== suggestion.name ? [suggestion.acronym] : [],
      reference: false,
      evidence,
      origin: 'user',
      updated: now,
      history
    }
    await db.transaction('rw', [db.parties, db.mentions, db.sources], async () => {
      await db.parties.put(party)
      await relinkRecord('party', party)
    })
    return { type: 'party', id: party.id }
  }
  const record: StoredInitiative = {
    id: `user-${slug(suggestion.acronym ?? suggestion.name)}-${rand}`,
    name: suggestion.name,
    acronym: suggestion.acronym,
    aliases: suggestion.acronym ? [suggestion.acronym] : [],
    kind: kindFromName(suggestion.name),
    themes: [],
    partners: [],
    summary: `Added by you from “${sourceTitle}”: ${suggestion.sentence}`,
    related: [],
    events: [],
    evidence,
    origin: 'user',
    updated: now,
    history
  }
  await db.transaction('rw', db.initiatives, db.mentions, db.sources, () => db.initiatives.put(record).then(() => relinkRecord('initiative', record)))
  return { type: 'initiative', id: record.id }
}

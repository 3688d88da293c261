/**
 * Writes a value into a field of a record the user made (a meeting or an initiative), with the
 * quote it rests on (or none, typed by hand), in one transaction: the field, its evidence (the
 * dataset's own shape, `about` naming the keys or the list entry it supports), the hand-typed
 * list, the change history, and, when a name changed, the record's mentions in every source.
 * Undo reverts the latest change the same way.
 */
import { applyValue, isListField, MEETING_FIELDS, type FieldValue, type MeetingField } from '@shared/curation/meetingFields'
import { applyInitiativeValue, INITIATIVE_FIELDS, type Choices, type InitiativeField } from '@shared/curation/initiativeFields'
import { undoLast, withChange } from '@shared/curation/history'
import { fieldText } from '@shared/curation/corrections'
import { linkedMentions, mentionTerms } from '@shared/mentions/findMentions'
import { userInitiativeSchema, userMeetingSchema, userPartySchema } from '@shared/model/userRecords'
import { applyPartyValue, PARTY_FIELDS, type PartyField } from '@shared/curation/partyFields'
import type { Evidence } from '@shared/model/dataset'
import { db, storedMention, type StoredInitiative, type StoredMeeting, type StoredParty } from '../../db/db'

export interface Quote {
  sourceId: string
  quote: string
}

export type RecordType = 'meeting' | 'initiative' | 'party'

type Curated = StoredMeeting | StoredInitiative | StoredParty

const namesOf = (r: Curated): string => JSON.stringify([r.name, 'acronym' in r ? r.acronym : null, r.aliases])

/** Links the record wherever a source names it, in place of its earlier links. Inside a transaction. */
export async function relinkRecord(type: RecordType, record: Curated): Promise<void> {
  await db.mentions.where('entityId').equals(record.id).delete()
  const terms = mentionTerms(type, [record])
  const rows = []
  for (const source of await db.sources.toArray()) {
    for (const m of linkedMentions(source.text, terms, source.id)) rows.push(storedMention(m))
  }
  await db.mentions.bulkPut(rows)
}

function checked<T>(schema: { safeParse: (v: unknown) => { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } } }, value: T): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`The value cannot be stored: ${result.error.issues[0]?.message ?? 'it does not fit the record'}.`)
  return value
}

/** The evidence list with the field's quote in place of its earlier one (a list entry: added). */
function withEvidence(evidence: readonly Evidence[], about: string, quote: Quote | null, list: boolean): Evidence[] {
  const kept = list ? [...evidence] : evidence.filter((e) => e.about !== about)
  return quote ? [...kept, { sourceId: quote.sourceId, quote: quote.quote.trim(), about }] : kept
}

function withHand(hand: readonly string[] | undefined, key: string, quote: Quote | null): string[] {
  const next = new Set(hand ?? [])
  if (quote) next.delete(key)
  else next.add(key)
  return [...next]
}

const emptyQuote = (quote: Quote | null): void => {
  if (quote && quote.quote.trim().length === 0) throw new Error('The selected text is empty: select the passage that states the value.')
}

export async function setMeetingField(meetingId: string, field: MeetingField, value: FieldValue, evidence: Quote | null): Promise<StoredMeeting> {
  emptyQuote(evidence)
  return db.transaction('rw', [db.meetings, db.mentions, db.sources, db.parties], async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting) throw new Error('That meeting is no longer in your library.')
    if (meeting.origin !== 'user') throw new Error('Only a meeting you added can be edited; use “I read this differently” on a shipped one.')
    const applied = applyValue(field, value, meeting)
    if (!applied.ok) throw new Error(applied.error)
    const names = new Map((await db.parties.toArray()).map((p) => [p.id, p.name]))
    const shown = fieldText(field, value, (id) => names.get(id) ?? id)
    const list = isListField(field)
    const about = applied.about ?? MEETING_FIELDS[field].keys.join(' ')
    const nextEvidence = withEvidence(meeting.evidence, about, evidence, list)
    const patch: Partial<StoredMeeting> = {
      ...applied.patch,
      // A meeting keeps at least the quote it was made from.
      evidence: nextEvidence.length ? nextEvidence : meeting.evidence,
      handFields: withHand(meeting.handFields, list ? about : field, evidence),
      updated: new Date().toISOString()
    }
    const next = checked(userMeetingSchema, withChange(meeting, patch, { at: patch.updated!, field: MEETING_FIELDS[field].label, value: shown, evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null }))
    await db.meetings.put(next)
    if (namesOf(next) !== namesOf(meeting)) await relinkRecord('meeting', next)
    return next
  })
}

export async function setInitiativeField(initiativeId: string, field: InitiativeField, value: FieldValue, evidence: Quote | null, choices: Choices): Promise<StoredInitiative> {
  emptyQuote(evidence)
  return db.transaction('rw', [db.initiatives, db.mentions, db.sources], async () => {
    const initiative = await db.initiatives.get(initiativeId)
    if (!initiative) throw new Error('That initiative is no longer in your library.')
    if (initiative.origin !== 'user') throw new Error('Only an initiative you added can be edited.')
    const applied = applyInitiativeValue(field, value, initiative, choices, evidence)
    if (!applied.ok) throw new Error(applied.error)
    const spec = INITIATIVE_FIELDS[field]
    const patch: Partial<StoredInitiative> = { ...applied.patch, updated: new Date().toISOString() }
    if (applied.about) {
      patch.evidence = withEvidence(initiative.evidence, applied.about, evidence, spec.list)
      patch.handFields = withHand(initiative.handFields, spec.list ? applied.about : field, evidence)
    }
    const next = checked(
      userInitiativeSchema,
      withChange(initiative, patch, { at: patch.updated!, field: spec.label, value: applied.shown, evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null })
    )
    await db.initiatives.put(next)
    if (namesOf(next) !== namesOf(initiative)) await relinkRecord('initiative', next)
    return next
  })
}

export async function setPartyField(partyId: string, field: PartyField, value: FieldValue, evidence: Quote | null): Promise<StoredParty> {
  emptyQuote(evidence)
  return db.transaction('rw', [db.parties, db.mentions, db.sources], async () => {
    const party = await db.parties.get(partyId)
    if (!party) throw new Error('That partner is no longer in your library.')
    if (party.origin !== 'user') throw new Error('Only a partner you added can be edited.')
    const applied = applyPartyValue(field, value, party)
    if (!applied.ok) throw new Error(applied.error)
    const spec = PARTY_FIELDS[field]
    const updated = new Date().toISOString()
    const nextEvidence = withEvidence(party.evidence, applied.about!, evidence, spec.list)
    const patch: Partial<StoredParty> = {
      ...applied.patch,
      evidence: nextEvidence.length ? nextEvidence : party.evidence,
      handFields: withHand(party.handFields, spec.list ? applied.about! : field, evidence),
      updated
    }
    const next = checked(userPartySchema, withChange(party, patch, { at: updated, field: spec.label, value: applied.shown, evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null }))
    await db.parties.put(next)
    if (namesOf(next) !== namesOf(party)) await relinkRecord('party', next)
    return next
  })
}

const tableOf = (type: RecordType) => (type === 'meeting' ? db.meetings : type === 'initiative' ? db.initiatives : db.parties)
const schemaOf = (type: RecordType) => (type === 'meeting' ? userMeetingSchema : type === 'initiative' ? userInitiativeSchema : userPartySchema)

/** Reverts the latest change to a record the user made; returns what was undone, or null. */
export async function undoLastChange(type: RecordType, id: string): Promise<{ name: string; field: string } | null> {
  const table = tableOf(type)
  return db.transaction('rw', [table, db.mentions, db.sources], async () => {
    const record = (await table.get(id)) as Curated | undefined
    if (!record || record.origin !== 'user') throw new Error('Only a record you added has changes to undo.')
    const reverted = undoLast(record, new Date().toISOString())
    if (!reverted) return null
    const next = { ...reverted.record, updated: new Date().toISOString() }
    checked(schemaOf(type), next)
    await (table as typeof db.meetings).put(next as StoredMeeting)
    if (namesOf(next) !== namesOf(record)) await relinkRecord(type, next)
    return { name: next.name, field: reverted.undone.field }
  })
}

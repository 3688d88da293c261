/**
 * Writes a value into a field of a record the user made (a meeting, an initiative, a partner), with the
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
import type { Table } from 'dexie'
import { db, storedMention, type StoredInitiative, type StoredMeeting, type StoredMention, type StoredParty } from '../../db/db'

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
  const rows: StoredMention[] = []
  // One source at a time: a library of thousands of reports need not be in memory at once.
  await db.sources.each((source) => {
    for (const m of linkedMentions(source.text, terms, source.id)) rows.push(storedMention(m))
  })
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

const tableOf = (type: RecordType) => (type === 'meeting' ? db.meetings : type === 'initiative' ? db.initiatives : db.parties)
const schemaOf = (type: RecordType) => (type === 'meeting' ? userMeetingSchema : type === 'initiative' ? userInitiativeSchema : userPartySchema)
const NAMES: Record<RecordType, string> = { meeting: 'meeting', initiative: 'initiative', party: 'partner' }

/** What one field's new value changes on a record, as each kind of record reads it. */
interface FieldChange<R> {
  patch: Partial<R>
  /** The keys (or `key:entry`) its quote supports; null when the quote lives in the value itself (an outcome, a relation). */
  about: string | null
  /** A list field gains an entry: earlier quotes for the list stay. */
  list: boolean
  /** What `handFields` records when typed by hand: the field's name, or the list entry. */
  handKey: string
  label: string
  shown: string
}

/**
 * The one write of a field, for every kind of record the user made: the value, its quote or
 * hand-typed mark, a history entry, checked against the stored shape, and the record's mentions
 * found again when a name changed, in one transaction.
 */
async function writeField<R extends Curated>(type: RecordType, id: string, evidence: Quote | null, change: (record: R) => FieldChange<R>): Promise<R> {
  emptyQuote(evidence)
  const table = tableOf(type)
  return db.transaction('rw', [table, db.mentions, db.sources], async () => {
    const record = (await table.get(id)) as R | undefined
    if (!record) throw new Error(`That ${NAMES[type]} is no longer in your library.`)
    if (record.origin !== 'user') throw new Error(type === 'meeting' ? 'Only a meeting you added can be edited; use “I read this differently” on a shipped one.' : `Only ${type === 'initiative' ? 'an initiative' : 'a partner'} you added can be edited.`)
    const { patch, about, list, handKey, label, shown } = change(record)
    const updated = new Date().toISOString()
    const next: Partial<R> = { ...patch, updated } as Partial<R>
    if (about !== null) {
      const withQuote = withEvidence(record.evidence, about, evidence, list)
      // A meeting or partner keeps at least the quote it was made from (its stored shape needs one).
      next.evidence = withQuote.length || type === 'initiative' ? withQuote : record.evidence
      next.handFields = withHand(record.handFields, handKey, evidence)
    }
    const written = checked(schemaOf(type), withChange(record, next, { at: updated, field: label, value: shown, evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null }))
    await (table as Table).put(written)
    if (namesOf(written) !== namesOf(record)) await relinkRecord(type, written)
    return written
  })
}

const failIf = <T extends { ok: boolean }>(applied: T): Extract<T, { ok: true }> => {
  if (!applied.ok) throw new Error((applied as unknown as { error: string }).error)
  return applied as Extract<T, { ok: true }>
}

export async function setMeetingField(meetingId: string, field: MeetingField, value: FieldValue, evidence: Quote | null): Promise<StoredMeeting> {
  const names = new Map((await db.parties.toArray()).map((p) => [p.id, p.name]))
  return writeField<StoredMeeting>('meeting', meetingId, evidence, (meeting) => {
    const applied = failIf(applyValue(field, value, meeting))
    const about = applied.about ?? MEETING_FIELDS[field].keys.join(' ')
    const list = isListField(field)
    return { patch: applied.patch, about, list, handKey: list ? about : field, label: MEETING_FIELDS[field].label, shown: fieldText(field, value, (id) => names.get(id) ?? id) }
  })
}

export async function setInitiativeField(initiativeId: string, field: InitiativeField, value: FieldValue, evidence: Quote | null, choices: Choices): Promise<StoredInitiative> {
  return writeField<StoredInitiative>('initiative', initiativeId, evidence, (initiative) => {
    const applied = failIf(applyInitiativeValue(field, value, initiative, choices, evidence))
    const spec = INITIATIVE_FIELDS[field]
    return { patch: applied.patch, about: applied.about, list: spec.list, handKey: spec.list && applied.about ? applied.about : field, label: spec.label, shown: applied.shown }
  })
}

export async function setPartyField(partyId: string, field: PartyField, value: FieldValue, evidence: Quote | null): Promise<StoredParty> {
  return writeField<StoredParty>('party', partyId, evidence, (party) => {
    const applied = failIf(applyPartyValue(field, value, party))
    const spec = PARTY_FIELDS[field]
    return { patch: applied.patch, about: applied.about, list: spec.list, handKey: spec.list ? applied.about! : field, label: spec.label, shown: applied.shown }
  })
}

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

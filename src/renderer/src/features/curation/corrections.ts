/**
 * The user's readings of shipped facts of meetings and initiatives ("I read this differently"), stored in their own
 * `corrections` table beside the dataset, never over it: a dataset upgrade does not touch them.
 * One reading per field of a record; a new one replaces the old, keeping when it was first made.
 */
import { applyValue, valueOf, type FieldValue, type MeetingField } from '@shared/curation/meetingFields'
import { fieldText } from '@shared/curation/corrections'
import { correctionSchema, type Correction } from '@shared/model/userRecords'
import { eventKey, eventValue, INITIATIVE_CORRECTABLE_FIELDS, initiativeFieldText, initiativeValueOf, type InitiativeField } from '@shared/curation/initiativeFields'
import { EVENT_ACTIONS, INITIATIVE_KINDS } from '@shared/model/dataset'
import { meetingLabel } from '../dataset/useLabels'
import { db } from '../../db/db'
import type { Quote } from './curation'

const newId = (): string => `user-correction-${crypto.randomUUID()}`

/**
 * Stores a reading in place of the user's earlier one of the same fact (keeping when that was
 * first made), checked against the stored shape. Inside the caller's transaction.
 */
async function storeReading(reading: Pick<Correction, 'targetType' | 'targetId' | 'field' | 'value' | 'shipped' | 'eventKey'>, evidence: Quote | null): Promise<Correction> {
  const earlier = (await db.corrections.where('targetId').equals(reading.targetId).toArray()).find((c) => c.field === reading.field && c.eventKey === reading.eventKey)
  const now = new Date().toISOString()
  const next = {
    id: earlier?.id ?? newId(),
    ...reading,
    evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null,
    created: earlier?.created ?? now,
    updated: now
  }
  const checked = correctionSchema.safeParse(next)
  if (!checked.success) throw new Error(`The correction cannot be stored: ${checked.error.issues[0]?.message ?? 'it does not fit'}.`)
  await db.corrections.put(checked.data)
  return checked.data
}

export async function addCorrection(meetingId: string, field: MeetingField, value: FieldValue, evidence: Quote | null): Promise<Correction> {
  const applied = applyValue(field, value)
  if (!applied.ok) throw new Error(applied.error)
  if (evidence && evidence.quote.trim().length === 0) throw new Error('The selected text is empty: select the passage that states the value.')
  return db.transaction('rw', [db.meetings, db.parties, db.corrections], async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting) throw new Error('That meeting is no longer in the dataset.')
    if (meeting.origin === 'user') throw new Error('This meeting is yours: set the field itself instead of correcting it.')
    const names = new Map((await db.parties.toArray()).map((p) => [p.id, p.name]))
    const party = (id: string): string => names.get(id) ?? id
    const shipped = fieldText(field, valueOf(field, meeting), party)
    const reading = valueOf(field, { ...meeting, ...applied.patch })
    if (fieldText(field, reading, party) === shipped) throw new Error('That is what the dataset already says: nothing to correct.')
    return storeReading({ targetType: 'meeting', targetId: meetingId, field, value: reading, shipped }, evidence)
  })
}

/**
 * The user's reading of a fact of a shipped initiative: its acronym, kind or summary, or one of
 * its outcomes (named by `eventKey`: its meeting, date and verb as shipped).
 */
export async function addInitiativeCorrection(initiativeId: string, field: InitiativeField, value: FieldValue, evidence: Quote | null, which?: string): Promise<Correction> {
  if (!(INITIATIVE_CORRECTABLE_FIELDS as string[]).includes(field)) throw new Error('That field of an initiative cannot be corrected here.')
  if (evidence && evidence.quote.trim().length === 0) throw new Error('The selected text is empty: select the passage that states the value.')
  return db.transaction('rw', [db.initiatives, db.meetings, db.parties, db.themes, db.corrections], async () => {
    const initiative = await db.initiatives.get(initiativeId)
    if (!initiative) throw new Error('That initiative is no longer in the dataset.')
    if (initiative.origin === 'user') throw new Error('This initiative is yours: set the field itself instead of correcting it.')
    const [meetings, parties, themes] = await Promise.all([db.meetings.toArray(), db.parties.toArray(), db.themes.toArray()])
    const names = {
      party: (id: string) => parties.find((p) => p.id === id)?.name ?? id,
      meeting: (id: string) => {
        const m = meetings.find((x) => x.id === id)
        return m ? meetingLabel(m) : id
      },
      theme: (id: string) => themes.find((t) => t.id === id)?.label ?? id
    }
    let shippedValue: FieldValue
    if (field === 'event') {
      const event = initiative.events.find((e) => eventKey(e) === which)
      if (!event) throw new Error('Choose which outcome you read differently.')
      shippedValue = eventValue(event)
      if (!(EVENT_ACTIONS as readonly string[]).includes(value.action)) throw new Error('Choose what was done (the text’s own verb).')
      if (value.startDate && !/^\d{4}-\d{2}-\d{2}$/.test(value.startDate)) throw new Error('Give the date as a date (for example 2023-02-09), or leave it empty.')
    } else {
      shippedValue = initiativeValueOf(field, initiative)
      if (field === 'kind' && !(INITIATIVE_KINDS as readonly string[]).includes(value.text)) throw new Error('Choose a kind.')
      if (field === 'summary' && !value.text.trim()) throw new Error('Give the summary.')
    }
    const shipped = initiativeFieldText(field, shippedValue, names)
    if (initiativeFieldText(field, value, names) === shipped) throw new Error('That is what the dataset already says: nothing to correct.')
    return storeReading(
      { targetType: 'initiative', targetId: initiativeId, field, ...(field === 'event' ? { eventKey: which } : {}), value: { ...value, text: value.text.replace(/\s+/g, ' ').trim() }, shipped },
      evidence
    )
  })
}

export async function removeCorrection(id: string): Promise<void> {
  await db.transaction('rw', db.corrections, () => db.corrections.delete(id))
}

/**
 * The user's readings of shipped facts ("I read this differently"), stored in their own
 * `corrections` table beside the dataset, never over it: a dataset upgrade does not touch them.
 * One reading per field of a record; a new one replaces the old, keeping when it was first made.
 */
import { applyValue, valueOf, type FieldValue, type MeetingField } from '@shared/curation/meetingFields'
import { fieldText } from '@shared/curation/corrections'
import { correctionSchema, type Correction } from '@shared/model/userRecords'
import { db } from '../../db/db'
import type { Quote } from './curation'

const newId = (): string => `user-correction-${crypto.randomUUID()}`

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
    const earlier = (await db.corrections.where('targetId').equals(meetingId).toArray()).find((c) => c.field === field)
    const now = new Date().toISOString()
    const next = {
      id: earlier?.id ?? newId(),
      targetType: 'meeting' as const,
      targetId: meetingId,
      field,
      value: reading,
      shipped,
      evidence: evidence ? { sourceId: evidence.sourceId, quote: evidence.quote.trim() } : null,
      created: earlier?.created ?? now,
      updated: now
    }
    const checked = correctionSchema.safeParse(next)
    if (!checked.success) throw new Error(`The correction cannot be stored: ${checked.error.issues[0]?.message ?? 'it does not fit'}.`)
    await db.corrections.put(checked.data)
    return checked.data
  })
}

export async function removeCorrection(id: string): Promise<void> {
  await db.transaction('rw', db.corrections, () => db.corrections.delete(id))
}

/**
 * Writes a value into a field of a meeting the user made, with the quote it rests on (or none,
 * typed by hand), in one transaction: the field, its evidence (the dataset's own shape, `about`
 * naming the keys it supports) and the record's hand-typed list change together or not at all.
 */
import { applyValue, MEETING_FIELDS, type FieldValue, type MeetingField } from '@shared/curation/meetingFields'
import { userMeetingSchema } from '@shared/model/userRecords'
import { db, type StoredMeeting } from '../../db/db'

export interface Quote {
  sourceId: string
  quote: string
}

export async function setMeetingField(meetingId: string, field: MeetingField, value: FieldValue, evidence: Quote | null): Promise<StoredMeeting> {
  const applied = applyValue(field, value)
  if (!applied.ok) throw new Error(applied.error)
  if (evidence && evidence.quote.trim().length === 0) throw new Error('The selected text is empty: select the passage that states the value.')
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting) throw new Error('That meeting is no longer in your library.')
    if (meeting.origin !== 'user') throw new Error('Only a meeting you added can be edited; use “I read this differently” on a shipped one.')
    const about = MEETING_FIELDS[field].keys.join(' ')
    const kept = meeting.evidence.filter((e) => e.about !== about)
    const hand = new Set(meeting.handFields ?? [])
    if (evidence) hand.delete(field)
    else hand.add(field)
    const next: StoredMeeting = {
      ...meeting,
      ...applied.patch,
      evidence: evidence ? [...kept, { sourceId: evidence.sourceId, quote: evidence.quote.trim(), about }] : kept.length ? kept : meeting.evidence,
      handFields: [...hand],
      updated: new Date().toISOString()
    }
    const checked = userMeetingSchema.safeParse(next)
    if (!checked.success) throw new Error(`The value cannot be stored: ${checked.error.issues[0]?.message ?? 'it does not fit the record'}.`)
    await db.meetings.put(next)
    return next
  })
}

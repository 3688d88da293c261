import { isListField, MEETING_FIELDS, supports, type MeetingField } from '@shared/curation/meetingFields'
import type { PartyName } from '@shared/curation/corrections'
import type { Correction } from '@shared/model/userRecords'
import type { StoredMeeting } from '../../db/db'
import { CorrectionNote } from './CorrectionNote'
import { QuoteList } from './QuoteList'

interface Props {
  meeting: StoredMeeting
  field: MeetingField
  /** One entry of a list field (an observer's id, another name): its own quote. */
  entry?: string
  titles: ReadonlyMap<string, string>
  /** Opens the field's dialog: set by hand on the user's meeting, "I read this differently" on a shipped one. */
  onEdit?: (field: MeetingField) => void
  correction?: Correction
  party?: PartyName
}

/**
 * Under one fact of a meeting: the quotes that state it (their `about` names the field, or the
 * entry of a list), each opening its source at the quote; or, for a value the user typed, that it
 * has no evidence. On a shipped meeting, the user's own reading of it, if any, beside the shipped value.
 */
export function FieldEvidence({ meeting, field, entry, titles, onEdit, correction, party = (id) => id }: Props) {
  const key = `${MEETING_FIELDS[field].keys[0]}:${entry ?? ''}`
  const quotes = meeting.evidence.filter((e) => (entry !== undefined ? e.about === key : supports(e.about, field)))
  const hand = entry !== undefined ? meeting.handFields?.includes(key) : meeting.handFields?.includes(field)
  const mine = meeting.origin === 'user'
  const label = MEETING_FIELDS[field].label.toLowerCase()
  return (
    <>
      {hand ? <span className="badge muted small"> typed by you, no evidence</span> : null}
      {onEdit && mine ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={isListField(field) ? `Add by hand: ${label}` : `Type by hand: ${label}`}>
          {isListField(field) ? 'Add by hand' : 'Type by hand'}
        </button>
      ) : null}
      {onEdit && !mine ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={`I read this differently: ${label}`}>
          I read this differently
        </button>
      ) : null}
      {correction ? <CorrectionNote correction={correction} party={party} titles={titles} /> : null}
      <QuoteList quotes={quotes} titles={titles} open={mine} />
    </>
  )
}

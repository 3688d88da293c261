import { Link } from 'react-router'
import { MEETING_FIELDS, supports, type MeetingField } from '@shared/curation/meetingFields'
import type { PartyName } from '@shared/curation/corrections'
import type { Correction } from '@shared/model/userRecords'
import type { StoredMeeting } from '../../db/db'
import { CorrectionNote } from './CorrectionNote'

interface Props {
  meeting: StoredMeeting
  field: MeetingField
  titles: ReadonlyMap<string, string>
  /** Opens the field's dialog: set by hand on the user's meeting, "I read this differently" on a shipped one. */
  onEdit?: (field: MeetingField) => void
  correction?: Correction
  party?: PartyName
}

/**
 * Under one fact of a meeting: the quotes that state it (their `about` names the field), each
 * opening its source at the quote; or, for a value the user typed, that it has no evidence. On a
 * shipped meeting, the user's own reading of it, if any, beside the shipped value.
 */
export function FieldEvidence({ meeting, field, titles, onEdit, correction, party = (id) => id }: Props) {
  const quotes = meeting.evidence.filter((e) => supports(e.about, field))
  const hand = meeting.handFields?.includes(field)
  const mine = meeting.origin === 'user'
  return (
    <>
      {hand ? <span className="badge muted small"> typed by you, no evidence</span> : null}
      {onEdit && mine ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={`Type by hand: ${MEETING_FIELDS[field].label.toLowerCase()}`}>
          Type by hand
        </button>
      ) : null}
      {onEdit && !mine ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={`I read this differently: ${MEETING_FIELDS[field].label.toLowerCase()}`}>
          I read this differently
        </button>
      ) : null}
      {correction ? <CorrectionNote correction={correction} party={party} titles={titles} /> : null}
      {quotes.length > 0 ? (
        <details className="evidence compact field-evidence" open={mine}>
          <summary>
            Quote <span className="count">({quotes.length})</span>
          </summary>
          <ul>
            {quotes.map((e, i) => (
              <li key={i}>
                <blockquote>“{e.quote}”</blockquote>
                <Link to={`/sources/${e.sourceId}?quote=${encodeURIComponent(e.quote)}`}>{titles.get(e.sourceId) ?? 'Open in source'}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}

import { Link } from 'react-router'
import { supports, type MeetingField } from '@shared/curation/meetingFields'
import type { StoredMeeting } from '../../db/db'

/**
 * Under one fact of a meeting: the quotes that state it (their `about` names the field), each
 * opening its source at the quote; or, for a value the user typed, that it has no evidence.
 */
export function FieldEvidence({ meeting, field, titles, onEdit }: { meeting: StoredMeeting; field: MeetingField; titles: ReadonlyMap<string, string>; onEdit?: (field: MeetingField) => void }) {
  const quotes = meeting.evidence.filter((e) => supports(e.about, field))
  const hand = meeting.handFields?.includes(field)
  const mine = meeting.origin === 'user'
  return (
    <>
      {hand ? <span className="badge muted small"> typed by you, no evidence</span> : null}
      {onEdit && mine ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={`Type the ${field === 'viceChair' ? 'vice-chair' : field} by hand`}>
          Type by hand
        </button>
      ) : null}
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

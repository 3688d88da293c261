import { Link } from 'react-router'
import { correctionLabel, correctionText, type MeetingName, type PartyName } from '@shared/curation/corrections'
import type { Correction } from '@shared/model/userRecords'
import { notify } from '../annotations/notify'
import { removeCorrection } from './corrections'

/** The user's reading of a shipped fact, under the shipped value: marked as theirs, with its quote or "no evidence". */
export function CorrectionNote({ correction, party, meeting, titles }: { correction: Correction; party: PartyName; meeting?: MeetingName; titles: ReadonlyMap<string, string> }) {
  const label = correctionLabel(correction).toLowerCase()
  const e = correction.evidence
  return (
    <div className="correction" role="group" aria-label={`Your reading of the ${label}`}>
      <span className="badge">Yours</span> <strong>{correctionText(correction, party, meeting) || '—'}</strong>
      {e ? (
        <>
          <blockquote>“{e.quote}”</blockquote>
          <Link to={`/sources/${e.sourceId}?quote=${encodeURIComponent(e.quote)}`}>{titles.get(e.sourceId) ?? 'Open in source'}</Link>
        </>
      ) : (
        <span className="muted small"> typed by you, no evidence</span>
      )}{' '}
      <button
        type="button"
        className="ghost small"
        aria-label={`Remove your reading of the ${label}`}
        onClick={() => void removeCorrection(correction.id).then(() => notify(`Your reading of the ${label} was removed; the dataset’s value stands.`))}
      >
        Remove
      </button>
    </div>
  )
}

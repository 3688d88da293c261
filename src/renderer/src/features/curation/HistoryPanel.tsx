import { Link } from 'react-router'
import { lastUndoable, type HistoryEntry } from '@shared/curation/history'
import { formatDateTime } from '../dataset/format'
import { notify } from '../annotations/notify'
import { describeStorageError } from '@shared/storageErrors'
import { undoLastChange, type RecordType } from './curation'

/** Reverts the latest change to a record the user made, and says what it reverted. */
export async function undoAndSay(type: RecordType, id: string): Promise<void> {
  try {
    const undone = await undoLastChange(type, id)
    notify(undone ? `Undone: ${undone.field.toLowerCase()} of “${undone.name}”.` : 'Nothing to undo on this record.')
  } catch (error) {
    notify(describeStorageError(error, { happened: 'the change was not undone', kept: 'the record is as it was' }), { tone: 'error' })
  }
}

/**
 * A record's change history, newest first: what changed, when, from which quote; changes undone
 * stay listed as undone. "Undo last change" reverts the latest change still in force.
 */
export function HistoryPanel({ type, id, history, titles }: { type: RecordType; id: string; history: readonly HistoryEntry[] | undefined; titles: ReadonlyMap<string, string> }) {
  const entries = [...(history ?? [])].reverse()
  const next = lastUndoable(history)
  return (
    <section aria-labelledby={`history-${id}`} className="history">
      <h2 id={`history-${id}`}>History</h2>
      {entries.length === 0 ? <p className="muted">No changes recorded (made by an earlier version).</p> : null}
      {next ? (
        <p>
          <button type="button" className="small" onClick={() => void undoAndSay(type, id)} aria-label={`Undo last change: ${next.field.toLowerCase()}`}>
            Undo last change ({next.field.toLowerCase()})
          </button>
        </p>
      ) : null}
      <ol className="history-list" aria-label="Changes, newest first">
        {entries.map((h, k) => (
          <li key={k} className={h.undone ? 'undone' : undefined}>
            <span className="muted small">{formatDateTime(h.at)}</span> <strong>{h.field === 'Made' ? 'Made' : h.field}</strong>
            {h.value ? `: ${h.value}` : ''}
            {h.undone ? <span className="badge muted small"> undone {formatDateTime(h.undone)}</span> : null}
            {h.evidence ? (
              <>
                {' '}
                <span className="muted small">from</span> <q>{h.evidence.quote.length > 160 ? `${h.evidence.quote.slice(0, 159)}…` : h.evidence.quote}</q>{' '}
                <Link to={`/sources/${h.evidence.sourceId}?quote=${encodeURIComponent(h.evidence.quote)}`}>{titles.get(h.evidence.sourceId) ?? 'Open in source'}</Link>
              </>
            ) : h.field !== 'Made' ? (
              <span className="muted small"> (typed by you, no evidence)</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

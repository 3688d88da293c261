import { Link } from 'react-router'
import { correctionLabel, correctionText } from '@shared/curation/corrections'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { useLabels } from '../dataset/useLabels'
import { notify } from '../annotations/notify'
import { useCorrections } from './useCorrections'
import { exportCorrectionsReport } from './correctionsReport'

/** Every reading the user recorded of a shipped fact, newest first, and the report for the dataset's editors. */
export function CorrectionsScreen() {
  const corrections = useCorrections()
  const labels = useLabels()
  const names = useLiveQuery(async () => new Map([...(await db.meetings.toArray()), ...(await db.initiatives.toArray())].map((r) => [r.id, r.name])))
  const titles = useLiveQuery(async () => new Map((await db.sources.toArray()).map((s) => [s.id, s.title])))
  if (corrections === undefined || names === undefined || titles === undefined) return <Skeleton label="Loading your corrections" />
  const exportReport = async (): Promise<void> => {
    const done = await exportCorrectionsReport()
    if (!done.ok) notify(done.error)
    else if (done.value) notify(done.value)
  }
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="My corrections" subtitle="Your readings of the dataset’s facts, kept beside its values">
        <button type="button" onClick={() => void exportReport()} disabled={corrections.length === 0}>
          Export report for the editors
        </button>
      </ScreenHeader>
      {corrections.length === 0 ? (
        <EmptyState title="No corrections yet">
          On a meeting’s or an initiative’s page, choose “I read this differently” beside a fact, or select a passage in a source and choose “Use as evidence for…”.
        </EmptyState>
      ) : (
        <table className="data-table" aria-label="Corrections">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Field</th>
              <th scope="col">The dataset says</th>
              <th scope="col">You read</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((c) => (
              <tr key={c.id}>
                <td>{names.has(c.targetId) ? <Link to={`/${c.targetType === 'meeting' ? 'meetings' : 'initiatives'}/${c.targetId}`}>{names.get(c.targetId)}</Link> : <span>{c.targetId} <span className="badge warning">on a record the dataset no longer has</span></span>}</td>
                <td>{correctionLabel(c)}</td>
                <td>{c.shipped || '—'}</td>
                <td>
                  <span className="badge">Yours</span> {correctionText(c, labels.party, labels.meeting)}
                </td>
                <td>
                  {c.evidence ? (
                    <>
                      “{c.evidence.quote}” <Link to={`/sources/${c.evidence.sourceId}?quote=${encodeURIComponent(c.evidence.quote)}`}>{titles.get(c.evidence.sourceId) ?? 'Open in source'}</Link>
                    </>
                  ) : (
                    <span className="muted">typed by hand, no evidence</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

import { Link, useOutletContext } from 'react-router'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { formatDay, kindLabel } from '../dataset/format'
import { CoverageNote } from '../../components/CoverageNote'
import { useInitiatives, useMeetings, useNoteCount, useParties, useSourceCount } from '../dataset/hooks'
import { ScreenHeader, Skeleton } from '../../components/States'
import { MeetingTimeline } from './MeetingTimeline'
import type { DatasetStatus } from '../dataset/useDatasetLoader'

export function OverviewScreen() {
  const meetings = useMeetings()
  const initiatives = useInitiatives()
  const parties = useParties()
  const sources = useSourceCount()
  const notes = useNoteCount()
  const recent = useLiveQuery(() => db.annotations.orderBy('updated').reverse().filter((n) => !n.deleted).limit(5).toArray())
  const kinds = [...(initiatives ?? []).reduce((m, i) => m.set(i.kind, (m.get(i.kind) ?? 0) + 1), new Map<string, number>())].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
  )
  const dataset = useOutletContext<DatasetStatus | undefined>()
  // On a first start the tables are empty until the dataset is stored, and the live queries read
  // them again one by one just after: not a library of zeros. (The shipped dataset always has
  // meetings, initiatives, partners and sources.)
  const storing = dataset?.state !== 'error' && [meetings?.length, initiatives?.length, parties?.length, sources].includes(0)
  const loading = !meetings || !initiatives || !parties || sources === undefined || storing
  const adgmin = meetings?.filter((m) => m.series === 'ADGMIN') ?? []
  const partners = parties?.filter((p) => p.kind !== 'member-state' && p.kind !== 'asean-body' && p.kind !== 'government-body') ?? []
  const stats = [
    { label: 'ADGMIN meetings', value: adgmin.length, to: '/meetings' },
    { label: 'Initiatives', value: initiatives?.length ?? 0, to: '/initiatives' },
    { label: 'Partners', value: partners.length, to: '/partners' },
    { label: 'Sources', value: sources ?? 0, to: '/sources' },
    { label: 'My notes', value: notes ?? 0, to: '/notes' }
  ]
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Overview" subtitle="ASEAN Digital Ministers' Meetings and what each one decided" />
      {loading ? (
        <Skeleton label="Loading the overview" />
      ) : (
        <>
          <ul className="stat-grid">
            {stats.map((s) => (
              <li key={s.label}>
                <Link to={s.to} className="stat">
                  <span className="stat-value">{s.value}</span>
                  <span className="stat-label">{s.label}</span>
                </Link>
              </li>
            ))}
          </ul>
          <h2>Timeline</h2>
          <CoverageNote />
          <MeetingTimeline meetings={adgmin} initiatives={initiatives} partyName={(id) => parties.find((p) => p.id === id)?.name ?? id} />
          <div className="overview-columns">
            <section aria-labelledby="by-kind">
              <h2 id="by-kind">Initiatives by kind</h2>
              <ul className="kind-list">
                {kinds.map(([kind, count]) => (
                  <li key={kind}>
                    <Link to={`/initiatives?kind=${kind}`}>{kindLabel(kind)}</Link> <span className="muted">{count}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="recent-notes">
              <h2 id="recent-notes">Recently edited notes</h2>
              {recent && recent.length > 0 ? (
                <ul className="related">
                  {recent.map((n) => (
                    <li key={n.id}>
                      <Link to={`/${n.targetType === 'party' ? 'partners' : n.targetType + 's'}/${n.targetId}`}>{n.body.slice(0, 80) || n.selector?.quote.exact.slice(0, 80) || '(empty note)'}</Link>{' '}
                      <span className="muted small">{formatDay(n.updated)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">
                  No notes yet. Open an <Link to="/initiatives">initiative</Link> to start.
                </p>
              )}
            </section>
          </div>
        </>
      )}
    </section>
  )
}

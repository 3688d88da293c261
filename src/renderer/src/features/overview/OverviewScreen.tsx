import { Link } from 'react-router'
import { useInitiatives, useMeetings, useNoteCount, useParties, useSources } from '../dataset/hooks'
import { ScreenHeader, Skeleton } from '../../components/States'
import { MeetingTimeline } from './MeetingTimeline'

export function OverviewScreen() {
  const meetings = useMeetings()
  const initiatives = useInitiatives()
  const parties = useParties()
  const sources = useSources()
  const notes = useNoteCount()
  const loading = !meetings || !initiatives || !parties || !sources
  const adgmin = meetings?.filter((m) => m.series === 'ADGMIN') ?? []
  const partners = parties?.filter((p) => p.kind !== 'member-state' && p.kind !== 'asean-body' && p.kind !== 'government-body') ?? []
  const stats = [
    { label: 'ADGMIN meetings', value: adgmin.length, to: '/meetings' },
    { label: 'Initiatives', value: initiatives?.length ?? 0, to: '/initiatives' },
    { label: 'Partners', value: partners.length, to: '/partners' },
    { label: 'Sources', value: sources?.length ?? 0, to: '/sources' },
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
          <MeetingTimeline meetings={adgmin} initiatives={initiatives} />
        </>
      )}
    </section>
  )
}

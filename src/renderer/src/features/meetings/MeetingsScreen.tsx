import { Link } from 'react-router'
import { useMeetings } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDateRange, placeLabel } from '../dataset/format'
import { useLabels } from '../dataset/useLabels'
import { CoverageNote } from '../../components/CoverageNote'

export function MeetingsScreen() {
  const meetings = useMeetings()
  const labels = useLabels()
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Meetings" subtitle="ADGMIN and the related meetings the sources describe" />
      <CoverageNote />
      {!meetings ? (
        <Skeleton label="Loading meetings" />
      ) : meetings.length === 0 ? (
        <EmptyState title="No meetings yet">
          <p>The dataset has not been loaded. Reload the window to try again.</p>
        </EmptyState>
      ) : (
        <table className="data-table reflow">
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Dates</th>
              <th scope="col">Place</th>
              <th scope="col">Chair</th>
              <th scope="col">Theme</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/meetings/${m.id}`}>{m.name}</Link>
                  {m.status === 'announced' ? <span className="muted"> (announced)</span> : null}
                </td>
                <td data-label="Dates">{formatDateRange(m.startDate, m.endDate)}</td>
                <td data-label="Place">{placeLabel(m.city, m.country ? labels.party(m.country) : null) || (m.format === 'virtual' ? 'Video conference' : '—')}</td>
                <td data-label="Chair">{m.chair?.country ? labels.party(m.chair.country) : '—'}</td>
                <td data-label="Theme">{m.theme ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

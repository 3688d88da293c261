import { Link, useParams } from 'react-router'
import { useInitiative } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { formatDate, humanise } from '../dataset/format'

export function InitiativeScreen() {
  const { id } = useParams()
  const initiative = useInitiative(id)
  if (initiative === undefined) return <Skeleton label="Loading the initiative" />
  if (initiative === null)
    return (
      <EmptyState title="Initiative not found">
        <Link to="/initiatives">All initiatives</Link>
      </EmptyState>
    )
  return (
    <article aria-labelledby="screen-title">
      <ScreenHeader title={initiative.name} subtitle={[initiative.acronym, humanise(initiative.kind)].filter(Boolean).join(' · ')} />
      <p className="summary">{initiative.summary}</p>
      <dl className="facts">
        {initiative.aliases.length > 0 ? (
          <>
            <dt>Also written</dt>
            <dd>{initiative.aliases.join('; ')}</dd>
          </>
        ) : null}
        <dt>Themes</dt>
        <dd>{initiative.themes.map(humanise).join(', ') || '—'}</dd>
        <dt>Partners</dt>
        <dd>
          {initiative.partners.length
            ? initiative.partners.map((p, k) => (
                <span key={p}>
                  {k > 0 ? ', ' : ''}
                  <Link to={`/partners/${p}`}>{humanise(p)}</Link>
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      <EvidenceList evidence={initiative.evidence} />
      <h2>Events</h2>
      <ol className="event-list lineage">
        {initiative.events.map((e, k) => (
          <li key={k}>
            <span className={`action action-${e.action}`}>{e.action}</span> <span className="date">{formatDate(e.date)}</span>
            {e.meetingId ? (
              <>
                {' · '}
                <Link to={`/meetings/${e.meetingId}`}>{humanise(e.meetingId)}</Link>
              </>
            ) : null}
            <p>{e.note}</p>
            <EvidenceList evidence={e.evidence} compact />
          </li>
        ))}
      </ol>
      {initiative.related.length > 0 ? (
        <>
          <h2>Related</h2>
          <ul>
            {initiative.related.map((r) => (
              <li key={r.id + r.relation}>
                {humanise(r.relation)}: <Link to={`/initiatives/${r.id}`}>{humanise(r.id)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  )
}

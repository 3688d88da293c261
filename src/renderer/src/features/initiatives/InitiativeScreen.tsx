import { ExportButton } from '../export/ExportDialog'
import { Link, useParams } from 'react-router'
import { useInitiative } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { MentionList } from '../../components/MentionList'
import { eventLabel, formatDate, humanise, kindLabel } from '../dataset/format'
import { useLabels } from '../dataset/useLabels'
import { useMentionsInContext } from './useInitiativeMentions'
import { NotesPanel } from '../annotations/NotesPanel'
import { AddToCollection } from '../collections/AddToCollection'

const RELATION_LABEL: Record<string, string> = {
  'succeeded-by': 'Succeeded by',
  succeeds: 'Succeeds',
  'renamed-to': 'Renamed to',
  'renamed-from': 'Renamed from',
  'part-of': 'Part of',
  'has-part': 'Includes',
  related: 'Related'
}

export function InitiativeScreen() {
  const { id } = useParams()
  const initiative = useInitiative(id)
  const mentions = useMentionsInContext(id)
  const labels = useLabels()
  if (initiative === undefined || mentions === undefined) return <Skeleton label="Loading the initiative" />
  if (initiative === null)
    return (
      <EmptyState title="Initiative not found">
        <Link to="/initiatives">All initiatives</Link>
      </EmptyState>
    )
  const events = [...initiative.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
  return (
    <article aria-labelledby="screen-title" className="entity-page">
      <ScreenHeader title={initiative.name} subtitle={[initiative.acronym, kindLabel(initiative.kind), initiative.origin === 'user' ? 'added by you' : null].filter(Boolean).join(' · ')}>
        <AddToCollection item={{ type: 'initiative', id: initiative.id }} />
        <ExportButton scope={{ type: 'initiative', id: initiative.id, label: initiative.name }} />
      </ScreenHeader>
      <p className="summary">
        {initiative.summary}
        {initiative.summaryBy === 'editors' ? <span className="muted small"> (Summary by the editors: it says more than the quotes below.)</span> : null}
      </p>
      <dl className="facts">
        {initiative.aliases.length > 0 ? (
          <>
            <dt>Also written</dt>
            <dd>{initiative.aliases.join('; ')}</dd>
          </>
        ) : null}
        <dt>Themes</dt>
        <dd>
          {initiative.themes.length
            ? initiative.themes.map((t, k) => (
                <span key={t}>
                  {k > 0 ? ', ' : ''}
                  <Link to={`/initiatives?theme=${t}`}>{labels.theme(t)}</Link>
                </span>
              ))
            : '—'}
        </dd>
        <dt>Partners</dt>
        <dd>
          {initiative.partners.length
            ? initiative.partners.map((p, k) => (
                <span key={p}>
                  {k > 0 ? ', ' : ''}
                  <Link to={`/partners/${p}`}>{labels.party(p)}</Link>
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      <EvidenceList evidence={initiative.evidence} />
      <NotesPanel targetType="initiative" targetId={initiative.id} title={initiative.name} />

      <h2>Lineage</h2>
      {events.length === 0 ? (
        <p className="muted">The sources record no meeting acting on it.</p>
      ) : (
        <ol className="lineage" aria-label="Events across meetings">
          {events.map((e, k) => (
            <li key={k}>
              <div className="lineage-when">
                <span className="date">{formatDate(e.date)}</span>
                {e.meetingId ? <Link to={`/meetings/${e.meetingId}`}>{labels.meeting(e.meetingId)}</Link> : null}
              </div>
              <div className="lineage-what">
                <span className={`action action-${e.action}${e.status === 'planned' ? ' planned' : ''}`}>{eventLabel(e)}</span>
                <p>{e.note}</p>
                <EvidenceList evidence={e.evidence} compact />
              </div>
            </li>
          ))}
        </ol>
      )}

      {initiative.related.length > 0 ? (
        <>
          <h2>Related initiatives</h2>
          <ul className="related">
            {initiative.related.map((r) => (
              <li key={r.id + r.relation}>
                <span className="muted">{RELATION_LABEL[r.relation] ?? humanise(r.relation)}:</span>{' '}
                <Link to={`/initiatives/${r.id}`}>{labels.initiative(r.id)}</Link>
                <EvidenceList evidence={r.evidence} compact />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Mentions in the sources</h2>
      <MentionList mentions={mentions} />
    </article>
  )
}

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
import { useState, type ReactNode } from 'react'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { EMPTY_VALUE } from '@shared/curation/meetingFields'
import { eventKey, eventValue, INITIATIVE_FIELDS, RELATION_LABELS, initiativeValueOf, type InitiativeField } from '@shared/curation/initiativeFields'
import { CorrectionNote } from '../curation/CorrectionNote'
import { useCorrections } from '../curation/useCorrections'
import { EvidenceDialog } from '../curation/EvidenceDialog'
import { HistoryPanel } from '../curation/HistoryPanel'
import { RecordFieldEvidence } from '../curation/RecordFieldEvidence'
import { QuoteList } from '../curation/QuoteList'


export function InitiativeScreen() {
  const { id } = useParams()
  const initiative = useInitiative(id)
  const mentions = useMentionsInContext(id)
  const labels = useLabels()
  const titles = useLiveQuery(async () => new Map((await db.sources.toArray()).map((s) => [s.id, s.title])))
  const [editing, setEditing] = useState<InitiativeField | null>(null)
  const [reading, setReading] = useState<{ field: InitiativeField; which?: string } | null>(null)
  const corrections = useCorrections(id)
  if (initiative === undefined || mentions === undefined || titles === undefined || corrections === undefined) return <Skeleton label="Loading the initiative" />
  if (initiative === null)
    return (
      <EmptyState title="Initiative not found">
        <Link to="/initiatives">All initiatives</Link>
      </EmptyState>
    )
  const events = [...initiative.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
  const mine = initiative.origin === 'user'
  /** On a shipped initiative: "I read this differently" beside a fact, and the user's reading if any. */
  const correct = (field: InitiativeField, which?: string, what = INITIATIVE_FIELDS[field].label.toLowerCase()) => {
    if (mine) return null
    const correction = corrections.find((c) => c.field === field && (field !== 'event' || c.eventKey === which))
    return (
      <>
        <button type="button" className="ghost small" onClick={() => setReading({ field, ...(which ? { which } : {}) })} aria-label={`I read this differently: ${what}`}>
          I read this differently
        </button>
        {correction ? <CorrectionNote correction={correction} party={labels.party} meeting={labels.meeting} titles={titles} /> : null}
      </>
    )
  }
  const quoted = (field: InitiativeField, entry?: string) =>
    mine ? <RecordFieldEvidence record={initiative} field={field} spec={INITIATIVE_FIELDS[field]} entry={entry} titles={titles} onEdit={entry === undefined ? setEditing : undefined} /> : null
  /** A list's entries; on the user's initiative each with its own quote or "typed by you". */
  const entries = (list: readonly string[], field: InitiativeField, show: (entry: string) => ReactNode) =>
    list.length === 0
      ? '—'
      : list.map((entry, k) => (
          <span key={entry} className={mine ? 'list-entry' : undefined}>
            {k > 0 && !mine ? ', ' : ''}
            {show(entry)}
            {quoted(field, entry)}
          </span>
        ))
  return (
    <article aria-labelledby="screen-title" className="entity-page">
      <ScreenHeader title={initiative.name} subtitle={[initiative.acronym, kindLabel(initiative.kind), initiative.origin === 'user' ? 'added by you' : null].filter(Boolean).join(' · ')}>
        <AddToCollection item={{ type: 'initiative', id: initiative.id }} />
        <ExportButton scope={{ type: 'initiative', id: initiative.id, label: initiative.name }} />
      </ScreenHeader>
      {editing ? (
        <EvidenceDialog
          open
          quote={null}
          record={{ type: 'initiative', id: initiative.id }}
          initialField={editing}
          initialValue={INITIATIVE_FIELDS[editing].list ? EMPTY_VALUE : initiativeValueOf(editing, initiative)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {reading ? (
        <EvidenceDialog
          open
          quote={null}
          record={{ type: 'initiative', id: initiative.id }}
          initialField={reading.field}
          initialEvent={reading.which}
          initialValue={reading.field === 'event' ? eventValue(initiative.events.find((e) => eventKey(e) === reading.which)!) : initiativeValueOf(reading.field, initiative)}
          onClose={() => setReading(null)}
        />
      ) : null}
      <p className="summary">
        {initiative.summary}
        {initiative.summaryBy === 'editors' && !mine ? <span className="muted small"> (Summary by the editors: it says more than the quotes below.)</span> : null}
      </p>
      {mine ? null : <div className="summary-correction">{correct('summary')}</div>}
      {mine ? <p className="muted small">Select text in a source and choose “Use as evidence for…” to fill a field with its quote, or type a value by hand below.</p> : null}
      <dl className="facts">
        {mine ? (
          <>
            <dt>Name</dt>
            <dd>
              {initiative.name}
              {quoted('name')}
            </dd>
            <dt>Acronym</dt>
            <dd>
              {initiative.acronym ?? '—'}
              {quoted('acronym')}
            </dd>
            <dt>Kind</dt>
            <dd>
              {kindLabel(initiative.kind)}
              {quoted('kind')}
            </dd>
            <dt>Summary</dt>
            <dd>
              {quoted('summary')}
            </dd>
          </>
        ) : null}
        {mine ? null : (
          <>
            <dt>Kind</dt>
            <dd>
              {kindLabel(initiative.kind)}
              {correct('kind')}
            </dd>
            <dt>Acronym</dt>
            <dd>
              {initiative.acronym ?? '—'}
              {correct('acronym')}
            </dd>
          </>
        )}
        {mine || initiative.aliases.length > 0 ? (
          <>
            <dt>Also written</dt>
            <dd>
              {mine ? entries(initiative.aliases, 'alias', (a) => <span>{a}</span>) : initiative.aliases.join('; ')}
              {quoted('alias')}
            </dd>
          </>
        ) : null}
        <dt>Themes</dt>
        <dd>
          {entries(initiative.themes, 'theme', (t) => <Link to={`/initiatives?theme=${t}`}>{labels.theme(t)}</Link>)}
          {quoted('theme')}
        </dd>
        <dt>Partners</dt>
        <dd>
          {entries(initiative.partners, 'partner', (p) => <Link to={`/partners/${p}`}>{labels.party(p)}</Link>)}
          {quoted('partner')}
        </dd>
      </dl>
      <EvidenceList evidence={initiative.evidence} />
      {mine ? <HistoryPanel type="initiative" id={initiative.id} history={initiative.history} titles={titles} /> : null}
      <NotesPanel targetType="initiative" targetId={initiative.id} title={initiative.name} />

      <h2>Lineage</h2>
      {mine ? (
        <p>
          <button type="button" className="ghost small" onClick={() => setEditing('event')}>
            Add an outcome by hand
          </button>
        </p>
      ) : null}
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
                {'byHand' in e && e.byHand ? <span className="badge muted small">typed by you, no evidence</span> : null}
                {mine ? <QuoteList quotes={e.evidence} titles={titles} open /> : <EvidenceList evidence={e.evidence} compact />}
                {correct('event', eventKey(e), `${eventLabel(e)}${e.meetingId ? ` at ${labels.meeting(e.meetingId)}` : ''}${e.date ? ` on ${e.date}` : ''}`)}
              </div>
            </li>
          ))}
        </ol>
      )}

      {initiative.related.length > 0 || mine ? (
        <>
          <h2>Related initiatives</h2>
          {mine ? (
            <p>
              <button type="button" className="ghost small" onClick={() => setEditing('related')}>
                Add a related initiative by hand
              </button>
            </p>
          ) : null}
          {initiative.related.length === 0 ? <p className="muted">None recorded.</p> : null}
          <ul className="related">
            {initiative.related.map((r) => (
              <li key={r.id + r.relation}>
                <span className="muted">{RELATION_LABELS[r.relation] ?? humanise(r.relation)}:</span>{' '}
                <Link to={`/initiatives/${r.id}`}>{labels.initiative(r.id)}</Link>
                {mine ? r.evidence.length ? <QuoteList quotes={r.evidence} titles={titles} open /> : <span className="badge muted small">typed by you, no evidence</span> : <EvidenceList evidence={r.evidence} compact />}
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

import { ExportButton } from '../export/ExportDialog'
import { Link, useParams } from 'react-router'
import { useLiveQuery } from '../../db/useLiveQuery'
import type { EventAction, InitiativeEvent } from '@shared/model/dataset'
import { eventKey, eventValue } from '@shared/curation/initiativeFields'
import { CorrectionNote } from '../curation/CorrectionNote'
import { db } from '../../db/db'
import { useMeeting } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { MentionList } from '../../components/MentionList'
import { eventLabel, formatDateRange, humanise, placeLabel } from '../dataset/format'
import { useLabels } from '../dataset/useLabels'
import { useMentionsInContext } from '../initiatives/useInitiativeMentions'
import { NotesPanel } from '../annotations/NotesPanel'
import { AddToCollection } from '../collections/AddToCollection'
import { useState } from 'react'
import { EMPTY_VALUE, isListField, valueOf, type MeetingField } from '@shared/curation/meetingFields'
import { HistoryPanel } from '../curation/HistoryPanel'
import { FieldEvidence } from '../curation/FieldEvidence'
import { EvidenceDialog } from '../curation/EvidenceDialog'
import { useCorrections } from '../curation/useCorrections'

/** Decisions first, then the softer verbs, in the order a researcher reads an outcome list. */
const ACTION_ORDER: EventAction[] = [
  'approved',
  'adopted',
  'endorsed',
  'agreed',
  'signed',
  'launched',
  'exchanged',
  'established',
  'revised',
  'renamed',
  'completed',
  'assigned',
  'prioritised',
  'held',
  'supported',
  'welcomed',
  'appreciated',
  'acknowledged',
  'noted',
  'reiterated',
  'emphasised',
  'highlighted',
  'encouraged',
  'looked-forward',
  'announced',
  'proposed',
  'discussed',
  'mentioned'
]

export function MeetingScreen() {
  const { id } = useParams()
  const meeting = useMeeting(id)
  const labels = useLabels()
  const mentions = useMentionsInContext(id)
  const outcomes = useLiveQuery(
    async () =>
      (await db.initiatives.toArray()).flatMap((i) => i.events.filter((e) => e.meetingId === id).map((event) => ({ initiative: i, event }))),
    [id]
  )
  const related = useLiveQuery(async () => (id ? db.meetings.filter((m) => m.parentMeetingId === id).toArray() : []), [id])
  const titles = useLiveQuery(async () => new Map((await db.sources.toArray()).map((s) => [s.id, s.title])))
  const corrections = useCorrections(id)
  const [editing, setEditing] = useState<MeetingField | null>(null)
  const [readingOutcome, setReadingOutcome] = useState<{ initiativeId: string; event: InitiativeEvent } | null>(null)
  const outcomeCorrections = useLiveQuery(async () => (await db.corrections.filter((c) => c.targetType === 'initiative' && c.field === 'event').toArray()), [])
  if (meeting === undefined || corrections === undefined || outcomeCorrections === undefined || outcomes === undefined || mentions === undefined || related === undefined || titles === undefined)
    return <Skeleton label="Loading the meeting" />
  if (meeting === null)
    return (
      <EmptyState title="Meeting not found">
        <Link to="/meetings">All meetings</Link>
      </EmptyState>
    )
  const planned = outcomes.filter((o) => o.event.status === 'planned')
  const reported = outcomes.filter((o) => o.event.status !== 'planned')
  const byAction = ACTION_ORDER.map((action) => [action, reported.filter((o) => o.event.action === action)] as const).filter(([, list]) => list.length > 0)
  const person = (p: typeof meeting.chair) => (p ? [p.person, p.title, p.country ? labels.party(p.country) : null].filter(Boolean).join(', ') : 'Not stated in the sources')
  const parties = (ids: string[]) =>
    ids.map((p, k) => (
      <span key={p}>
        {k > 0 ? ', ' : ''}
        <Link to={`/partners/${p}`}>{labels.party(p)}</Link>
      </span>
    ))
  const sources = [...new Map([...meeting.evidence.map((e) => [e.sourceId, titles.get(e.sourceId) ?? e.sourceId] as const), ...mentions.map((m) => [m.sourceId, m.sourceTitle] as const)]).entries()]
  const mine = meeting.origin === 'user'
  /** Under an outcome of a shipped initiative: "I read this differently", and the user's reading if any. */
  const readOutcome = (initiative: { id: string; name: string; origin?: 'user' }, event: InitiativeEvent) => {
    if (initiative.origin === 'user') return null
    const correction = outcomeCorrections.find((c) => c.targetId === initiative.id && c.eventKey === eventKey(event))
    return (
      <>
        <button type="button" className="ghost small" onClick={() => setReadingOutcome({ initiativeId: initiative.id, event })} aria-label={`I read this differently: ${eventLabel(event)} ${initiative.name}`}>
          I read this differently
        </button>
        {correction ? <CorrectionNote correction={correction} party={labels.party} meeting={labels.meeting} titles={titles} /> : null}
      </>
    )
  }
  /** A list's entries; on the user's meeting each with its own quote or "typed by you". */
  const entries = (list: readonly string[], field: MeetingField, name: (id: string) => string, link = false) =>
    list.length === 0
      ? '—'
      : list.map((entry, k) => (
          <span key={entry} className={mine ? 'list-entry' : undefined}>
            {k > 0 && !mine ? ', ' : ''}
            {link ? <Link to={`/partners/${entry}`}>{name(entry)}</Link> : <span>{name(entry)}</span>}
            {mine ? <FieldEvidence meeting={meeting} field={field} entry={entry} titles={titles} /> : null}
          </span>
        ))
  const quoted = (field: MeetingField) => (
    <FieldEvidence meeting={meeting} field={field} titles={titles} onEdit={setEditing} correction={corrections.find((c) => c.field === field)} party={labels.party} />
  )
  return (
    <article aria-labelledby="screen-title" className="entity-page">
      <ScreenHeader
        title={meeting.name}
        subtitle={`${formatDateRange(meeting.startDate, meeting.endDate)}${meeting.status === 'announced' ? ' · announced' : ''}`}
      >
        <AddToCollection item={{ type: 'meeting', id: meeting.id }} />
        <ExportButton scope={{ type: 'meeting', id: meeting.id, label: meeting.name }} />
      </ScreenHeader>
      {editing ? (
        <EvidenceDialog
          open
          quote={null}
          record={{ type: 'meeting', id: meeting.id }}
          initialField={editing}
          initialValue={isListField(editing) ? EMPTY_VALUE : valueOf(editing, meeting)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {readingOutcome ? (
        <EvidenceDialog
          open
          quote={null}
          record={{ type: 'initiative', id: readingOutcome.initiativeId }}
          initialField="event"
          initialEvent={eventKey(readingOutcome.event)}
          initialValue={eventValue(readingOutcome.event)}
          onClose={() => setReadingOutcome(null)}
        />
      ) : null}
      <dl className="facts">
        {mine ? (
          <>
            <dt>Name</dt>
            <dd>
              {meeting.name}
              {quoted('name')}
            </dd>
            <dt>Status</dt>
            <dd>
              {meeting.status === 'held' ? 'Held' : 'Announced'}
              {quoted('status')}
            </dd>
          </>
        ) : null}
        <dt>Dates</dt>
        <dd>
          {formatDateRange(meeting.startDate, meeting.endDate)}
          {quoted('dates')}
        </dd>
        <dt>Place</dt>
        <dd>
          {placeLabel(meeting.city, meeting.country ? labels.party(meeting.country) : null) || 'Not stated in the sources'}
          {quoted('place')}
        </dd>
        <dt>Format</dt>
        <dd>
          {meeting.format === 'virtual' ? 'Video conference' : meeting.format === 'in-person' ? 'In person' : 'Not stated in the sources'}
          {quoted('format')}
        </dd>
        {meeting.host ? (
          <>
            <dt>Host</dt>
            <dd>
              {parties([meeting.host])}
              {quoted('host')}
            </dd>
          </>
        ) : null}
        <dt>Chair</dt>
        <dd>
          {person(meeting.chair)}
          {quoted('chair')}
        </dd>
        <dt>Vice-chair</dt>
        <dd>
          {person(meeting.viceChair)}
          {quoted('viceChair')}
        </dd>
        <dt>Theme</dt>
        <dd>
          {meeting.theme ? `“${meeting.theme}”` : 'Not stated in the sources'}
          {quoted('theme')}
        </dd>
        {mine || meeting.aliases.length > 0 ? (
          <>
            <dt>Also written</dt>
            <dd>
              {entries(meeting.aliases, 'alias', (a) => a)}
              {mine ? quoted('alias') : null}
            </dd>
          </>
        ) : null}
        {mine || meeting.observers.length > 0 ? (
          <>
            <dt>Observers</dt>
            <dd>
              {entries(meeting.observers, 'observer', labels.party, true)}
              {meeting.firstTimeParticipants.length > 0 ? ` (first time: ${meeting.firstTimeParticipants.map(labels.party).join(', ')})` : ''}
              {mine ? quoted('observer') : null}
            </dd>
          </>
        ) : null}
        {mine || meeting.partnersPresent.length > 0 ? (
          <>
            <dt>Partners present</dt>
            <dd>
              {entries(meeting.partnersPresent, 'partnerPresent', labels.party, true)}
              {mine ? quoted('partnerPresent') : null}
            </dd>
          </>
        ) : null}
        {meeting.parentMeetingId ? (
          <>
            <dt>Part of</dt>
            <dd>
              <Link to={`/meetings/${meeting.parentMeetingId}`}>{labels.meeting(meeting.parentMeetingId)}</Link>
            </dd>
          </>
        ) : null}
        {related.length > 0 ? (
          <>
            <dt>Related meetings</dt>
            <dd>
              {related.map((m, k) => (
                <span key={m.id}>
                  {k > 0 ? ', ' : ''}
                  <Link to={`/meetings/${m.id}`}>{m.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {meeting.referenceFields.length > 0 ? (
          <>
            <dt>Reference facts</dt>
            <dd className="muted">{meeting.referenceFields.join(', ')} filled from reference knowledge, not from a quote</dd>
          </>
        ) : null}
        <dt>Reported in</dt>
        <dd>
          {sources.length
            ? sources.map(([sid, title], k) => (
                <span key={sid}>
                  {k > 0 ? '; ' : ''}
                  <Link to={`/sources/${sid}`}>{title}</Link>
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      <EvidenceList evidence={meeting.evidence} />
      {mine ? <HistoryPanel type="meeting" id={meeting.id} history={meeting.history} titles={titles} /> : null}
      {meeting.notes.length > 0 ? (
        <>
          <h2>What the sources add</h2>
          <ul className="event-list">
            {meeting.notes.map((note, k) => (
              <li key={k}>
                <p>{note.text}</p>
                <EvidenceList evidence={note.evidence} compact />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Outcomes</h2>
      {outcomes.length === 0 ? <p className="muted">The sources record no outcomes for this meeting.</p> : null}
      {planned.length > 0 ? (
        <section aria-label="Planned at this meeting" className="planned-outcomes">
          <h3>
            Planned, announced before the meeting <span className="muted">({planned.length})</span>
          </h3>
          <p className="muted small">Known only from a text written before these happened; no shipped source confirms them.</p>
          <ul className="event-list">
            {planned.map(({ initiative, event }, k) => (
              <li key={k}>
                <span className="action planned">{eventLabel(event)}</span> <Link to={`/initiatives/${initiative.id}`}>{initiative.name}</Link>
                <p>{event.note}</p>
                <EvidenceList evidence={event.evidence} compact />
                {readOutcome(initiative, event)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {byAction.map(([action, list]) => (
        <section key={action} aria-label={`${humanise(action)} at this meeting`}>
          <h3>
            {humanise(action)} <span className="muted">({list.length})</span>
          </h3>
          <ul className="event-list">
            {list.map(({ initiative, event }, k) => (
              <li key={k}>
                <Link to={`/initiatives/${initiative.id}`}>{initiative.name}</Link>
                <p>{event.note}</p>
                <EvidenceList evidence={event.evidence} compact />
                {readOutcome(initiative, event)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>Mentions in the sources</h2>
      <MentionList mentions={mentions} />
      <NotesPanel targetType="meeting" targetId={meeting.id} title={meeting.name} />
    </article>
  )
}

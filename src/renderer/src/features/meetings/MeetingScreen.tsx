import { Link, useParams } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { useMeeting } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { formatDateRange, humanise } from '../dataset/format'

export function MeetingScreen() {
  const { id } = useParams()
  const meeting = useMeeting(id)
  const outcomes = useLiveQuery(
    async () =>
      (await db.initiatives.toArray()).flatMap((i) => i.events.filter((e) => e.meetingId === id).map((event) => ({ initiative: i, event }))),
    [id]
  )
  if (meeting === undefined || outcomes === undefined) return <Skeleton label="Loading the meeting" />
  if (meeting === null)
    return (
      <EmptyState title="Meeting not found">
        <Link to="/meetings">All meetings</Link>
      </EmptyState>
    )
  const byAction = new Map<string, typeof outcomes>()
  for (const o of outcomes) byAction.set(o.event.action, [...(byAction.get(o.event.action) ?? []), o])
  const person = (p: typeof meeting.chair) => (p ? [p.person, p.title, p.country ? humanise(p.country) : null].filter(Boolean).join(', ') : '—')
  return (
    <article aria-labelledby="screen-title">
      <ScreenHeader title={meeting.name} subtitle={formatDateRange(meeting.startDate, meeting.endDate)} />
      <dl className="facts">
        <dt>Place</dt>
        <dd>{[meeting.city, meeting.country ? humanise(meeting.country) : null].filter(Boolean).join(', ') || '—'}</dd>
        <dt>Format</dt>
        <dd>{meeting.format === 'virtual' ? 'Video conference' : meeting.format === 'in-person' ? 'In person' : '—'}</dd>
        <dt>Chair</dt>
        <dd>{person(meeting.chair)}</dd>
        <dt>Vice-chair</dt>
        <dd>{person(meeting.viceChair)}</dd>
        <dt>Theme</dt>
        <dd>{meeting.theme ?? '—'}</dd>
        {meeting.observers.length > 0 ? (
          <>
            <dt>Observers</dt>
            <dd>{meeting.observers.map(humanise).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <EvidenceList evidence={meeting.evidence} />
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
      {outcomes.length === 0 ? <p>The sources record no outcomes for this meeting.</p> : null}
      {[...byAction.entries()].map(([action, list]) => (
        <section key={action} aria-label={`${humanise(action)} at this meeting`}>
          <h3>{humanise(action)}</h3>
          <ul className="event-list">
            {list.map(({ initiative, event }, k) => (
              <li key={k}>
                <Link to={`/initiatives/${initiative.id}`}>{initiative.name}</Link>
                <p>{event.note}</p>
                <EvidenceList evidence={event.evidence} compact />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  )
}

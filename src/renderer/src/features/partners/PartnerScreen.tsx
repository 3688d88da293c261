import { ExportButton } from '../export/ExportDialog'
import { Link, useParams } from 'react-router'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { useParty } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { MentionList } from '../../components/MentionList'
import { formatDateRange, humanise, kindLabel } from '../dataset/format'
import { useMentionsInContext } from '../initiatives/useInitiativeMentions'
import { NotesPanel } from '../annotations/NotesPanel'
import { useState } from 'react'
import { EMPTY_VALUE } from '@shared/curation/meetingFields'
import { PARTY_FIELDS, partyValueOf, type PartyField } from '@shared/curation/partyFields'
import { EvidenceDialog } from '../curation/EvidenceDialog'
import { HistoryPanel } from '../curation/HistoryPanel'
import { RecordFieldEvidence } from '../curation/RecordFieldEvidence'

export function PartnerScreen() {
  const { id } = useParams()
  const party = useParty(id)
  const mentions = useMentionsInContext(id)
  const initiatives = useLiveQuery(() => (id ? db.initiatives.where('partners').equals(id).sortBy('name') : []), [id])
  const meetings = useLiveQuery(
    async () =>
      id
        ? (await db.meetings.toArray()).filter(
            (m) =>
              m.host === id ||
              m.country === id ||
              m.chair?.country === id ||
              m.viceChair?.country === id ||
              m.observers.includes(id) ||
              m.partnersPresent.includes(id)
          )
        : [],
    [id]
  )
  const titles = useLiveQuery(async () => new Map((await db.sources.toArray()).map((x) => [x.id, x.title])))
  const [editing, setEditing] = useState<PartyField | null>(null)
  if (party === undefined || initiatives === undefined || meetings === undefined || mentions === undefined || titles === undefined)
    return <Skeleton label="Loading the partner" />
  if (party === null)
    return (
      <EmptyState title="Partner not found">
        <Link to="/partners">All partners</Link>
      </EmptyState>
    )
  const mine = party.origin === 'user'
  const quoted = (field: PartyField, entry?: string) => (
    <RecordFieldEvidence record={party} field={field} spec={PARTY_FIELDS[field]} entry={entry} titles={titles} onEdit={entry === undefined ? setEditing : undefined} />
  )
  const role = (m: (typeof meetings)[number]): string =>
    [
      m.chair?.country === id ? 'chair' : null,
      m.viceChair?.country === id ? 'vice-chair' : null,
      m.host === id ? 'host' : null,
      m.observers.includes(id!) ? 'observer' : null,
      m.partnersPresent.includes(id!) ? 'present' : null
    ]
      .filter(Boolean)
      .join(', ') || 'venue'
  return (
    <article aria-labelledby="screen-title" className="entity-page">
      <ScreenHeader title={party.name} subtitle={humanise(party.kind) + (party.reference ? ' · reference record (no source quote)' : '') + (party.origin === 'user' ? ' · added by you' : '')}>
        <ExportButton scope={{ type: 'party', id: party.id, label: party.name }} />
      </ScreenHeader>
      {mine ? (
        <>
          {editing ? (
            <EvidenceDialog
              open
              quote={null}
              record={{ type: 'party', id: party.id }}
              initialField={editing}
              initialValue={PARTY_FIELDS[editing].list ? EMPTY_VALUE : partyValueOf(editing, party)}
              onClose={() => setEditing(null)}
            />
          ) : null}
          <p className="muted small">Added by you. Select text in a source and choose “Use as evidence for…” to fill a field with its quote, or type a value by hand below.</p>
          <dl className="facts">
            <dt>Name</dt>
            <dd>
              {party.name}
              {quoted('name')}
            </dd>
            <dt>Kind</dt>
            <dd>
              {humanise(party.kind)}
              {quoted('kind')}
            </dd>
            <dt>Also written</dt>
            <dd>
              {party.aliases.length
                ? party.aliases.map((a) => (
                    <span key={a} className="list-entry">
                      {a}
                      {quoted('alias', a)}
                    </span>
                  ))
                : '—'}
              {quoted('alias')}
            </dd>
          </dl>
        </>
      ) : party.aliases.length > 0 ? (
        <p>Also written: {party.aliases.join('; ')}</p>
      ) : null}
      <EvidenceList evidence={party.evidence} />
      {mine ? <HistoryPanel type="party" id={party.id} history={party.history} titles={titles} /> : null}
      <h2>Initiatives with {party.name}</h2>
      {initiatives.length === 0 ? (
        <p className="muted">No initiative in the dataset names {party.name} as a partner.</p>
      ) : (
        <ul className="related">
          {initiatives.map((i) => (
            <li key={i.id}>
              <Link to={`/initiatives/${i.id}`}>{i.name}</Link> <span className="muted">({kindLabel(i.kind)})</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Meetings</h2>
      {meetings.length === 0 ? (
        <p className="muted">The sources place {party.name} at no meeting.</p>
      ) : (
        <ul className="related">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/meetings/${m.id}`}>{m.name}</Link> <span className="muted">({role(m)}; {formatDateRange(m.startDate, m.endDate)})</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Mentions in the sources</h2>
      <MentionList mentions={mentions} />
      <NotesPanel targetType="party" targetId={party.id} title={party.name} />
    </article>
  )
}

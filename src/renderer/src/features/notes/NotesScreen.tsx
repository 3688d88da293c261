import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { db, type NoteRow } from '../../db/db'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'

const TARGET_PATH: Record<NoteRow['targetType'], string> = {
  initiative: 'initiatives',
  meeting: 'meetings',
  party: 'partners',
  source: 'sources'
}

/** Each note with the title of what it is about, or null when the dataset no longer has that id. */
async function notesWithTargets() {
  const notes = await db.notes.orderBy('updated').reverse().filter((n) => !n.deleted).toArray()
  return Promise.all(
    notes.map(async (note) => {
      const table = { initiative: db.initiatives, meeting: db.meetings, party: db.parties, source: db.sources }[note.targetType]
      const target = (await table.get(note.targetId)) as { name?: string; title?: string } | undefined
      return { note, title: target ? (target.name ?? target.title ?? note.targetId) : null }
    })
  )
}

export function NotesScreen() {
  const rows = useLiveQuery(notesWithTargets)
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Notes" subtitle="Your notes and highlights across the dataset" />
      {!rows ? (
        <Skeleton label="Loading notes" />
      ) : rows.length === 0 ? (
        <EmptyState title="No notes yet">
          <p>
            Open an <Link to="/initiatives">initiative</Link>, a meeting or a source to start taking notes.
          </p>
        </EmptyState>
      ) : (
        <ul className="note-list">
          {rows.map(({ note, title }) => (
            <li key={note.id} className="card">
              <p className="meta">
                {title ? (
                  <Link to={`/${TARGET_PATH[note.targetType]}/${note.targetId}`}>{title}</Link>
                ) : (
                  <span className="detached">Detached: the dataset no longer has “{note.targetId}”. The note is kept.</span>
                )}
                {' · '}
                <time dateTime={note.updated}>{new Date(note.updated).toLocaleString()}</time>
              </p>
              <p className="note-body">{note.body}</p>
              {note.tags.length > 0 ? <p className="tags">{note.tags.map((t) => `#${t}`).join(' ')}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

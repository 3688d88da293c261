import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { db } from '../../db/db'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'

export function NotesScreen() {
  const notes = useLiveQuery(() => db.notes.orderBy('updated').reverse().filter((n) => !n.deleted).toArray())
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Notes" subtitle="Your notes and highlights across the dataset" />
      {!notes ? (
        <Skeleton label="Loading notes" />
      ) : notes.length === 0 ? (
        <EmptyState title="No notes yet">
          <p>
            Open an <Link to="/initiatives">initiative</Link>, a meeting or a source to start taking notes.
          </p>
        </EmptyState>
      ) : (
        <ul className="note-list">
          {notes.map((n) => (
            <li key={n.id} className="card">
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

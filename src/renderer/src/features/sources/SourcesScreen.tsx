import { Link } from 'react-router'
import { startImport } from '../import/importStore'
import { useSources } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate } from '../dataset/format'

export function SourcesScreen() {
  const sources = useSources()
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Sources" subtitle="The documents every fact in the dataset is quoted from, and the ones you imported">
        <button type="button" onClick={() => void startImport()} title="Import HTML, Markdown, text or PDF files (Ctrl/⌘ O), or drop them on the window">
          Import documents…
        </button>
      </ScreenHeader>
      {!sources ? (
        <Skeleton label="Loading sources" />
      ) : sources.length === 0 ? (
        <EmptyState title="No sources yet" />
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <Link to={`/sources/${s.id}`}>{s.title}</Link>
                {s.origin === 'user' ? <span className="badge-user">Imported</span> : null}
              </h2>
              <p className="meta">
                {[s.publisher, s.publishedOn ? formatDate(s.publishedOn) : 'undated', s.language.toUpperCase()].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

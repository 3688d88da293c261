import { useState } from 'react'
import { Link } from 'react-router'
import { startImport } from '../import/importStore'
import { useSourcePage } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate, formatCount } from '../dataset/format'

/** Sources listed at first, and added by each "Show more": a library of 10,000 reports lists fast. */
const PAGE = 200

export function SourcesScreen() {
  const [limit, setLimit] = useState(PAGE)
  const page = useSourcePage(limit)
  const sources = page?.sources
  const total = page?.total ?? 0
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
      {sources && total > sources.length ? (
        <p className="list-more">
          <span className="muted">
            Showing {formatCount(sources.length)} of {formatCount(total)} sources, by date.
          </span>{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE * 5)}>
            Show {formatCount(Math.min(PAGE * 5, total - sources.length))} more
          </button>{' '}
          <button type="button" className="ghost" onClick={() => setLimit(total)}>
            Show all {formatCount(total)}
          </button>
        </p>
      ) : null}
    </section>
  )
}

import { useState } from 'react'
import { Link } from 'react-router'
import { startImport } from '../import/importStore'
import { useSourcePage } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate, formatCount } from '../dataset/format'
import { desk } from '../../platform/desk'
import { db } from '../../db/db'
import { notify } from '../annotations/notify'
import { describeBibliographyImport, importBibliography } from '../citations/importBibliography'

/** Reads a reference manager's file the user picks and fills in their imported sources from it. */
async function pickBibliography(): Promise<void> {
  const picked = await desk.openFiles({ filters: [{ name: 'Bibliography (CSL-JSON, BibTeX, RIS)', extensions: ['json', 'bib', 'ris', 'txt'] }], multiple: false })
  if (!picked.ok) return notify(picked.error, { tone: 'error' })
  const file = picked.value[0]
  if (!file) return
  if (file.refused) return notify(`${file.name}: ${file.refused}`, { tone: 'error' })
  try {
    notify(describeBibliographyImport(await importBibliography(db, new TextDecoder().decode(file.bytes))))
  } catch (error) {
    notify(`${file.name} was not read, and nothing changed: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' })
  }
}

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
        <button type="button" onClick={() => void pickBibliography()} title="Fill in the details of your imported sources from a CSL-JSON, BibTeX or RIS file (Zotero, EndNote, Mendeley)">
          Import bibliography…
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

import { useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { SearchFilters, SearchOutcome } from '@shared/search/engine'
import { ScreenHeader } from '../../components/States'
import { Dialog } from '../../components/Dialog'
import { searchClient, type SearchStatus } from './searchClient'
import { useSearchStatus } from './useSearchIndex'
import { QuerySyntax } from './QuerySyntax'
import { FACETS, useFacetOptions, type FacetKey } from './useFacetOptions'
import { TopResults } from './TopResults'
import { ResultGroups } from './ResultGroups'
import { useResultKeys } from './useResultKeys'
import { formatCount } from '../dataset/format'

/** Typing waits this long for the next key before searching (the bound is 100 ms). */
export const DEBOUNCE_MS = 80

const FACET_LABEL: Record<FacetKey, string> = {
  kind: 'Kind',
  year: 'Year',
  theme: 'Theme',
  partner: 'Partner',
  meeting: 'Meeting'
}

/** The last answer and what it answers: results shown while a newer query runs are marked so. */
interface Answer {
  query: string
  filterKey: string
  outcome: SearchOutcome
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return current
}

function statusText(
  status: SearchStatus,
  q: string,
  searching: boolean,
  result: SearchOutcome | undefined
): string {
  if (status.state === 'error') return status.message ?? 'Search could not prepare its index.'
  if (status.state === 'building') return 'Building the search index… you can keep working.'
  if (status.state === 'loading') return 'Loading the search index…'
  if (!q.trim()) return 'Type in the search box. Press Ctrl+K or / to get there from anywhere.'
  if (searching) return 'Searching…'
  if (!result) return ''
  const shown = result.total > result.hits.length ? `, best ${formatCount(result.hits.length)} shown` : ''
  // A phrase is checked in the best candidates' texts only, enough to fill the list: more may hold it.
  const atLeast = result.totalIsAtLeast ? 'At least ' : ''
  return `${atLeast}${formatCount(result.total)} ${result.total === 1 ? 'result' : 'results'}${shown}`
}

export function SearchScreen() {
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const filters = useMemo<SearchFilters>(() => {
    const f: SearchFilters = {}
    for (const key of FACETS) {
      const v = params.get(key)
      if (v) (f as Record<string, string>)[key] = v
    }
    return f
  }, [params])
  const debounced = useDebounced(q, DEBOUNCE_MS)
  const filterKey = JSON.stringify(filters)
  const [outcome, setOutcome] = useState<Answer | null>(null)
  const [syntaxOpen, setSyntaxOpen] = useState(false)
  const status = useSearchStatus()
  const options = useFacetOptions()
  const resultsRef = useRef<HTMLDivElement>(null)
  useResultKeys(resultsRef)

  useEffect(() => {
    let live = true
    if (!debounced.trim()) {
      setOutcome(null)
      return
    }
    void searchClient.query(debounced, JSON.parse(filterKey) as SearchFilters).then((result) => {
      if (live) setOutcome({ query: debounced, filterKey, outcome: result })
    })
    return () => {
      live = false
    }
    // A new generation means the indexes changed (an import, a restore, a note): ask again.
  }, [debounced, filterKey, status.generation])

  const setFacet = (key: FacetKey, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }

  const result = outcome?.outcome
  const answered = outcome?.query === q && outcome.filterKey === filterKey
  const searching = Boolean(q.trim()) && !answered

  return (
    <section aria-labelledby="screen-title" className="search-screen">
      <ScreenHeader
        title="Search"
        subtitle={q.trim() ? <>Results for “{q.trim()}”</> : 'Meetings, initiatives, partners, source passages and your own notes'}
      >
        <button type="button" className="ghost" onClick={() => setSyntaxOpen(true)}>
          Search syntax
        </button>
      </ScreenHeader>

      <div className="search-facets" role="group" aria-label="Filter results">
        {FACETS.map((key) => (
          <label key={key} className="facet-select">
            <span>{FACET_LABEL[key]}</span>
            <select value={params.get(key) ?? ''} onChange={(e) => setFacet(key, e.target.value)}>
              <option value="">Any</option>
              {options?.[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {FACETS.some((k) => params.get(k)) ? (
          <button type="button" className="ghost small" onClick={() => setParams(q ? { q } : {}, { replace: true })}>
            Clear filters
          </button>
        ) : null}
      </div>

      <p className="search-status" role="status">
        {statusText(status, q, searching, result)}
      </p>

      {status.warning ? <p className="banner info">{status.warning}</p> : null}
      {result?.message ? <p className="banner info">{result.message}</p> : null}
      {result?.correctedTo ? (
        <p className="corrected">
          No close match for “{outcome?.query}”. Showing results for <strong>{result.correctedTo}</strong>.
        </p>
      ) : null}

      {result && !searching && result.total === 0 && !result.message ? (
        <div className="empty-state">
          <h2>Nothing matches “{outcome?.query}”</h2>
          <p>Try fewer words, a different spelling, or clear the filters. Open “Search syntax” for phrases, exclusions and scopes.</p>
        </div>
      ) : null}

      <div ref={resultsRef} className="search-results">
        {filters.kind ? null : <TopResults hits={result?.hits ?? []} />}
        <ResultGroups hits={result?.hits ?? []} query={debounced} showAll={Boolean(filters.kind)} />
      </div>

      <Dialog title="Search syntax" open={syntaxOpen} onClose={() => setSyntaxOpen(false)}>
        <QuerySyntax />
      </Dialog>
    </section>
  )
}

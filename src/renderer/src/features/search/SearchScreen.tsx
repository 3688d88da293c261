import { useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import type { SearchKind } from '@shared/search/documents'
import type { SearchFilters, SearchHit, SearchOutcome, SnippetPart } from '@shared/search/engine'
import { db } from '../../db/db'
import { ScreenHeader } from '../../components/States'
import { Dialog } from '../../components/Dialog'
import { meetingLabel } from '../dataset/useLabels'
import { searchClient } from './searchClient'
import { useSearchStatus } from './useSearchIndex'
import { QuerySyntax } from './QuerySyntax'

/** Typing waits this long for the next key before searching (the issue's bound is 100 ms). */
export const DEBOUNCE_MS = 80

const GROUPS: { kind: SearchKind; label: string }[] = [
  { kind: 'initiative', label: 'Initiatives' },
  { kind: 'meeting', label: 'Meetings' },
  { kind: 'party', label: 'Partners' },
  { kind: 'passage', label: 'Source passages' },
  { kind: 'note', label: 'My notes' },
  { kind: 'highlight', label: 'My highlights' }
]

/** Results shown per group before "Show all". */
const GROUP_PREVIEW = 6

const FACETS = ['kind', 'year', 'theme', 'partner', 'meeting'] as const
type FacetKey = (typeof FACETS)[number]

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return current
}

function Parts({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  )
}

function ResultItem({ hit }: { hit: SearchHit }) {
  const where = hit.kind === 'passage' && hit.paragraph ? `Paragraph ${hit.paragraph}` : null
  return (
    <li className="result">
      <Link to={hit.href} className="result-title">
        <Parts parts={hit.titleParts.length ? hit.titleParts : [{ text: hit.title, match: false }]} />
      </Link>
      {where ? <span className="result-where"> · {where}</span> : null}
      {hit.snippet.length ? (
        <p className="result-snippet">
          <Parts parts={hit.snippet} />
        </p>
      ) : null}
    </li>
  )
}

function useFacetOptions() {
  return useLiveQuery(async () => {
    const [meetings, themes, parties] = await Promise.all([db.meetings.orderBy('startDate').toArray(), db.themes.toArray(), db.parties.toArray()])
    const years = [...new Set(meetings.map((m) => m.startDate?.slice(0, 4)).filter((y): y is string => Boolean(y)))].sort()
    return {
      kind: GROUPS.map((g) => ({ value: g.kind, label: g.label })),
      year: years.map((y) => ({ value: y, label: y })),
      theme: themes.map((t) => ({ value: t.id, label: t.label })).sort((a, b) => a.label.localeCompare(b.label)),
      partner: parties.map((p) => ({ value: p.id, label: p.name })).sort((a, b) => a.label.localeCompare(b.label)),
      meeting: meetings.map((m) => ({ value: m.id, label: meetingLabel(m) }))
    }
  }, [])
}

const FACET_LABEL: Record<FacetKey, string> = { kind: 'Kind', year: 'Year', theme: 'Theme', partner: 'Partner', meeting: 'Meeting' }

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
  const [outcome, setOutcome] = useState<{ query: string; filterKey: string; outcome: SearchOutcome } | null>(null)
  const [syntaxOpen, setSyntaxOpen] = useState(false)
  // Groups opened with "Show all", for the current query only.
  const [opened, setOpened] = useState<{ query: string; kinds: ReadonlySet<SearchKind> }>({ query: '', kinds: new Set() })
  const expanded = opened.query === debounced ? opened.kinds : new Set<SearchKind>()
  const status = useSearchStatus()
  const options = useFacetOptions()

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
  const grouped = GROUPS.map((g) => ({ ...g, hits: result?.hits.filter((h) => h.kind === g.kind) ?? [] })).filter((g) => g.hits.length)
  const indexing = status.state === 'loading' || status.state === 'building'
  const searching = Boolean(q.trim()) && (!outcome || outcome.query !== q || outcome.filterKey !== filterKey)

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
        {status.state === 'error'
          ? `The search index could not be prepared: ${status.message ?? 'unknown error'}`
          : indexing
            ? status.state === 'building'
              ? 'Building the search index… you can keep working.'
              : 'Loading the search index…'
            : !q.trim()
              ? 'Type in the search box. Press Ctrl+K or / to get there from anywhere.'
              : searching
                ? 'Searching…'
                : result
                  ? `${result.total} ${result.total === 1 ? 'result' : 'results'}${result.total > result.hits.length ? `, best ${result.hits.length} shown` : ''}`
                  : ''}
      </p>

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

      {grouped.map((group) => {
        const all = Boolean(filters.kind) || expanded.has(group.kind)
        const shown = all ? group.hits : group.hits.slice(0, GROUP_PREVIEW)
        return (
          <section key={group.kind} className="result-group" aria-labelledby={`group-${group.kind}`}>
            <h2 id={`group-${group.kind}`}>
              {group.label} <span className="count">{group.hits.length}</span>
            </h2>
            <ul className="result-list">
              {shown.map((hit) => (
                <ResultItem key={hit.ref} hit={hit} />
              ))}
            </ul>
            {shown.length < group.hits.length ? (
              <button type="button" className="ghost small show-all" onClick={() => setOpened({ query: debounced, kinds: new Set(expanded).add(group.kind) })}>
                Show all {group.hits.length} {group.label.toLowerCase()}
              </button>
            ) : null}
          </section>
        )
      })}

      <Dialog title="Search syntax" open={syntaxOpen} onClose={() => setSyntaxOpen(false)}>
        <QuerySyntax />
      </Dialog>
    </section>
  )
}

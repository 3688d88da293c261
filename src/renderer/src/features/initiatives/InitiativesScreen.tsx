import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { humanise, kindLabel, formatCount } from '../dataset/format'
import { useLabels } from '../dataset/useLabels'
import { FACETS, SORTS, filterFromParams, filterToParams, toggleValue, type Facet, type Sort } from './catalogue'
import { FacetGroup } from './FacetPanel'
import { InitiativeList } from './InitiativeList'
import { useCatalogueRows, useFilteredCatalogue } from './useCatalogue'

const FACET_TITLES: Record<Facet, string> = {
  kind: 'Kind',
  theme: 'Theme',
  partner: 'Partner',
  meeting: 'Meeting',
  year: 'Year',
  action: 'Action',
  notes: 'My notes',
  tag: 'Tag'
}

const SORT_LABELS: Record<Sort, string> = { name: 'Name', first: 'First meeting', last: 'Latest meeting', events: 'Number of events' }

export function InitiativesScreen() {
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => filterFromParams(params), [params])
  const rows = useCatalogueRows()
  const result = useFilteredCatalogue(rows, filter)
  const labels = useLabels()
  const facetLabel: Record<Facet, (v: string) => string> = {
    kind: kindLabel,
    theme: labels.theme,
    partner: labels.party,
    meeting: labels.meeting,
    year: (v) => v,
    action: humanise,
    notes: (v) => (v === 'yes' ? 'With my notes' : 'Without notes'),
    tag: (v) => `#${v}`
  }
  const active = FACETS.some((f) => filter.selected[f].length > 0) || filter.q.trim() !== ''
  const [filtersOpen, setFiltersOpen] = useState(false)
  const chosen = FACETS.reduce((n, f) => n + filter.selected[f].length, 0)
  const update = (next: typeof filter, replace = false) => setParams(filterToParams(next), { replace })

  return (
    <section aria-labelledby="screen-title" className="catalogue">
      <ScreenHeader
        title="Initiatives"
        subtitle={result && rows ? `${formatCount(result.rows.length)} of ${formatCount(rows.length)} initiatives` : undefined}
      />
      <div className="catalogue-toolbar">
        <label className="field">
          <span>Filter</span>
          <input
            type="text"
            aria-label="Filter initiatives"
            placeholder="Name, acronym, alias or summary"
            value={filter.q}
            onChange={(e) => update({ ...filter, q: e.target.value }, true)}
          />
        </label>
        <label className="field">
          <span>Sort by</span>
          <select aria-label="Sort by" value={filter.sort} onChange={(e) => update({ ...filter, sort: e.target.value as Sort })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {active ? (
          <button type="button" className="ghost" onClick={() => update(filterFromParams(new URLSearchParams()))}>
            Clear filters
          </button>
        ) : null}
        {/* Shown only where the filter column would squeeze the list (a small window, 200 % zoom). */}
        <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls="initiative-facets" onClick={() => setFiltersOpen((open) => !open)}>
          Filters{chosen ? ` (${chosen})` : ''}
        </button>
      </div>
      {!result || !rows ? (
        <Skeleton label="Loading initiatives" />
      ) : rows.length === 0 ? (
        <EmptyState title="No initiatives yet">
          <p>The dataset has not been loaded. Reload the window to try again.</p>
        </EmptyState>
      ) : (
        <div className="catalogue-body">
          <aside id="initiative-facets" className={filtersOpen ? 'facets open' : 'facets'} aria-label="Filters">
            {/* The filters are some fifty checkboxes: one Tab stop to pass them by. */}
            <button
              type="button"
              className="skip-inline"
              onClick={() => document.querySelector<HTMLElement>('.catalogue-body .catalogue-row a, .catalogue-body .empty-state button')?.focus()}
            >
              Skip the filters, to the list
            </button>
            {FACETS.map((facet) => (
              <FacetGroup
                key={facet}
                facet={facet}
                title={FACET_TITLES[facet]}
                values={result.facets[facet]}
                label={facetLabel[facet]}
                onToggle={(f, v) => update(toggleValue(filter, f, v))}
              />
            ))}
          </aside>
          {result.rows.length === 0 ? (
            <EmptyState title="No initiative matches these filters">
              <button type="button" onClick={() => update(filterFromParams(new URLSearchParams()))}>
                Clear filters
              </button>
            </EmptyState>
          ) : (
            <InitiativeList rows={result.rows} labels={labels} />
          )}
        </div>
      )}
    </section>
  )
}

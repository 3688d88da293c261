/**
 * The initiatives catalogue as pure functions: rows derived from initiatives and the user's notes,
 * filters read from and written to the URL, and faceted filtering with counts. Within a facet the
 * chosen values are alternatives (OR); across facets they all apply (AND). Each facet's counts
 * are computed over the rows that match every other facet, so a count says how many rows
 * choosing that value would show.
 */
import type { Initiative } from '@shared/model/dataset'

export interface CatalogueRow {
  id: string
  name: string
  acronym: string | null
  kind: string
  themes: string[]
  partners: string[]
  meetings: string[]
  years: string[]
  actions: string[]
  firstDate: string | null
  lastDate: string | null
  eventCount: number
  hasNotes: boolean
  tags: string[]
  /** Lower-cased text the filter box searches: name, acronym, aliases, summary. */
  haystack: string
}

export const FACETS = ['kind', 'theme', 'partner', 'meeting', 'year', 'action', 'notes', 'tag'] as const
export type Facet = (typeof FACETS)[number]

export const SORTS = ['name', 'first', 'last', 'events'] as const
export type Sort = (typeof SORTS)[number]

export interface CatalogueFilter {
  q: string
  sort: Sort
  selected: Record<Facet, string[]>
}

export interface FacetValue {
  value: string
  count: number
  selected: boolean
}

export function toRow(initiative: Initiative, notes: { tags: string[] }[] = []): CatalogueRow {
  const dates = initiative.events.map((e) => e.date).filter((d): d is string => d !== null).sort()
  return {
    id: initiative.id,
    name: initiative.name,
    acronym: initiative.acronym,
    kind: initiative.kind,
    themes: initiative.themes,
    partners: initiative.partners,
    meetings: unique(initiative.events.map((e) => e.meetingId).filter((m): m is string => m !== null)),
    years: unique(dates.map((d) => d.slice(0, 4))),
    actions: unique(initiative.events.map((e) => e.action)),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    eventCount: initiative.events.length,
    hasNotes: notes.length > 0,
    tags: unique(notes.flatMap((n) => n.tags)),
    haystack: [initiative.name, initiative.acronym ?? '', ...initiative.aliases, initiative.summary].join(' \u0000 ').toLowerCase()
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)]

function valuesOf(row: CatalogueRow, facet: Facet): readonly string[] {
  switch (facet) {
    case 'kind':
      return [row.kind]
    case 'theme':
      return row.themes
    case 'partner':
      return row.partners
    case 'meeting':
      return row.meetings
    case 'year':
      return row.years
    case 'action':
      return row.actions
    case 'notes':
      return [row.hasNotes ? 'yes' : 'no']
    case 'tag':
      return row.tags
  }
}

const emptySelection = (): Record<Facet, string[]> => Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>

export function filterFromParams(params: URLSearchParams): CatalogueFilter {
  const selected = emptySelection()
  for (const facet of FACETS) selected[facet] = unique(params.getAll(facet).filter(Boolean))
  const sort = params.get('sort')
  return { q: params.get('q') ?? '', sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'name', selected }
}

/** Writes only what differs from the default, in a stable order, so URLs stay short and comparable. */
export function filterToParams(filter: CatalogueFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q.trim()) params.set('q', filter.q)
  for (const facet of FACETS) for (const value of [...filter.selected[facet]].sort()) params.append(facet, value)
  if (filter.sort !== 'name') params.set('sort', filter.sort)
  return params
}

export function toggleValue(filter: CatalogueFilter, facet: Facet, value: string): CatalogueFilter {
  const current = filter.selected[facet]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filter, selected: { ...filter.selected, [facet]: next } }
}

function matchesText(row: CatalogueRow, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  return words.every((word) => row.haystack.includes(word))
}

function matchesFacets(row: CatalogueRow, filter: CatalogueFilter, except?: Facet): boolean {
  return FACETS.every((facet) => {
    if (facet === except) return true
    const chosen = filter.selected[facet]
    return chosen.length === 0 || valuesOf(row, facet).some((v) => chosen.includes(v))
  })
}

const COMPARE: Record<Sort, (a: CatalogueRow, b: CatalogueRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  first: (a, b) => (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') || a.name.localeCompare(b.name),
  last: (a, b) => (b.lastDate ?? '0000').localeCompare(a.lastDate ?? '0000') || a.name.localeCompare(b.name),
  events: (a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name)
}

export function applyCatalogue(
  rows: readonly CatalogueRow[],
  filter: CatalogueFilter
): { rows: CatalogueRow[]; facets: Record<Facet, FacetValue[]> } {
  const textMatches = filter.q.trim() ? rows.filter((r) => matchesText(r, filter.q)) : [...rows]
  const facets = {} as Record<Facet, FacetValue[]>
  for (const facet of FACETS) {
    const counts = new Map<string, number>()
    for (const row of textMatches) {
      if (!matchesFacets(row, filter, facet)) continue
      for (const value of valuesOf(row, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    for (const value of filter.selected[facet]) if (!counts.has(value)) counts.set(value, 0)
    facets[facet] = [...counts.entries()]
      .map(([value, count]) => ({ value, count, selected: filter.selected[facet].includes(value) }))
      .sort((a, b) => (facet === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value)))
  }
  const matching = textMatches.filter((r) => matchesFacets(r, filter)).sort(COMPARE[filter.sort])
  return { rows: matching, facets }
}

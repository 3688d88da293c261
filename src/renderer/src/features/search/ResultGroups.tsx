import { useState } from 'react'
import type { SearchKind } from '@shared/search/documents'
import type { SearchHit } from '@shared/search/engine'
import { GROUPS } from './kinds'
import { ResultItem } from './ResultItem'

/** Results shown per group before "Show all". */
const GROUP_PREVIEW = 6

/**
 * The hits grouped by kind, each group a region named by its heading. `showAll` (a kind filter is
 * set) lists every hit; otherwise a group shows a few until "Show all", for this `query` only.
 */
export function ResultGroups({
  hits,
  query,
  showAll
}: {
  hits: readonly SearchHit[]
  query: string
  showAll: boolean
}) {
  const [opened, setOpened] = useState<{ query: string; kinds: ReadonlySet<SearchKind> }>({
    query: '',
    kinds: new Set()
  })
  const expanded = opened.query === query ? opened.kinds : new Set<SearchKind>()
  const grouped = GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.kind === g.kind) })).filter(
    (g) => g.hits.length
  )
  return (
    <>
      {grouped.map((group) => {
        const all = showAll || expanded.has(group.kind)
        const shown = all ? group.hits : group.hits.slice(0, GROUP_PREVIEW)
        return (
          <section
            key={group.kind}
            className="result-group"
            aria-labelledby={`group-${group.kind}`}
          >
            <h2 id={`group-${group.kind}`}>
              {group.label} <span className="count">{group.hits.length}</span>
            </h2>
            <ul className="result-list">
              {shown.map((hit) => (
                <ResultItem key={hit.ref} hit={hit} />
              ))}
            </ul>
            {shown.length < group.hits.length ? (
              <button
                type="button"
                className="ghost small show-all"
                onClick={() => setOpened({ query, kinds: new Set(expanded).add(group.kind) })}
              >
                Show all {group.hits.length} {group.label.toLowerCase()}
              </button>
            ) : null}
          </section>
        )
      })}
    </>
  )
}

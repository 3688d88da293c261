import type { SearchHit } from '@shared/search/engine'
import { ResultItem } from './ResultItem'

/** How many of the best hits lead the screen, across kinds. */
export const TOP_COUNT = 5

/**
 * The best hits in the engine's order (by score), each labelled with its kind. Hits of one kind
 * only would repeat the first group below word for word, so then there is no list.
 */
export function TopResults({ hits }: { hits: readonly SearchHit[] }) {
  if (!hits.some((h) => h.kind !== hits[0]?.kind)) return null
  return (
    <section className="result-group top-results" aria-labelledby="top-results">
      <h2 id="top-results">Top results</h2>
      <ol className="result-list">
        {hits.slice(0, TOP_COUNT).map((hit) => (
          <ResultItem key={hit.ref} hit={hit} withKind />
        ))}
      </ol>
    </section>
  )
}

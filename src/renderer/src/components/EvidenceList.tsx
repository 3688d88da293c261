import { Link } from 'react-router'
import type { Evidence } from '@shared/model/dataset'

/** Evidence quotes, each linking to its source opened at the quote. */
export function EvidenceList({ evidence, compact = false }: { evidence: readonly Evidence[]; compact?: boolean }) {
  if (evidence.length === 0) return null
  return (
    <details className={compact ? 'evidence compact' : 'evidence'}>
      <summary>
        Evidence <span className="count">({evidence.length})</span>
      </summary>
      <ul>
        {evidence.map((e, i) => (
          <li key={i}>
            <blockquote>“{e.quote}”</blockquote>
            <Link to={`/sources/${e.sourceId}?quote=${encodeURIComponent(e.quote)}`}>Open in source</Link>
          </li>
        ))}
      </ul>
    </details>
  )
}

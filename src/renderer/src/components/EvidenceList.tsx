import { Link } from 'react-router'
import type { Evidence } from '@shared/model/dataset'
import { restsOnUndatedCompilation } from '@shared/model/claims'
import { useLiveQuery } from '../db/useLiveQuery'
import { db } from '../db/db'
import { CopyCitationButtons } from '../features/citations/CopyCitationButtons'

/** Evidence quotes, each linking to its source opened at the quote; says so when all come from an undated compilation. */
export function EvidenceList({ evidence, compact = false }: { evidence: readonly Evidence[]; compact?: boolean }) {
  // Only the sources these quotes come from: a library may hold thousands of long texts.
  const ids = [...new Set(evidence.map((e) => e.sourceId))]
  const kinds = useLiveQuery(async () => new Map((await db.sources.bulkGet(ids)).flatMap((s) => (s ? [[s.id, s.kind] as const] : []))), [ids.join('\n')])
  if (evidence.length === 0) return null
  const undated = kinds ? restsOnUndatedCompilation(evidence, kinds) : false
  return (
    <>
      {undated ? <p className="muted small undated-basis">Rests only on an undated compilation (no date, no named publisher).</p> : null}
      <details className={compact ? 'evidence compact' : 'evidence'}>
        <summary>
          Evidence <span className="count">({evidence.length})</span>
        </summary>
        <ul>
          {evidence.map((e, i) => (
            <li key={i}>
              <blockquote>“{e.quote}”</blockquote>
              <Link to={`/sources/${e.sourceId}?quote=${encodeURIComponent(e.quote)}`}>Open in source</Link>{' '}
              <CopyCitationButtons target={{ sourceId: e.sourceId, quote: e.quote }} quote={e.quote} what={`evidence quote ${i + 1}`} />
            </li>
          ))}
        </ul>
      </details>
    </>
  )
}

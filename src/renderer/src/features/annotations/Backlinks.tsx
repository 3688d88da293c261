import { Link } from 'react-router'
import { linksTo, replaceLinks, type LinkType } from '@shared/annotations/noteLinks'
import type { EntityType } from '@shared/model/annotation'
import { db } from '../../db/db'
import { useLiveQuery } from '../../db/useLiveQuery'
import { LINK_PATHS } from './noteLinkNames'

const excerpt = (body: string): string => {
  const plain = replaceLinks(body, (l) => l.label).replace(/[#*_>`]/g, '').replace(/\s+/g, ' ').trim()
  return plain.length > 160 ? `${plain.slice(0, 160)}…` : plain
}

/** "Mentioned in your notes": the notes and highlights elsewhere that link to this record with `[[…]]`. */
export function Backlinks({ type, id }: { type: LinkType; id: string }) {
  const mentions = useLiveQuery(() => db.annotations.filter((a) => !a.deleted && linksTo(a.body, type, id)).toArray(), [type, id])
  if (!mentions?.length) return null
  return (
    <section className="backlinks" aria-labelledby={`backlinks-${id}`}>
      <h2 id={`backlinks-${id}`}>
        Mentioned in your notes <span className="muted">({mentions.length})</span>
      </h2>
      <ul aria-label="Notes that link here">
        {mentions.map((a) => (
          <li key={a.id}>
            <Link to={a.kind === 'highlight' ? `/sources/${a.targetId}?highlight=${a.id}` : `/${LINK_PATHS[a.targetType as EntityType]}/${a.targetId}`}>{excerpt(a.body) || 'A note'}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

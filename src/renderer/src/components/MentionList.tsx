import { Link } from 'react-router'
import type { MentionInContext } from '../features/initiatives/useInitiativeMentions'

/** Mentions grouped by source, each sentence with the mention in bold and a link to its place. */
export function MentionList({ mentions }: { mentions: MentionInContext[] }) {
  if (mentions.length === 0) return <p className="muted">No source names it by any of its names.</p>
  const bySource = new Map<string, MentionInContext[]>()
  for (const m of mentions) bySource.set(m.sourceId, [...(bySource.get(m.sourceId) ?? []), m])
  return (
    <div className="mentions">
      {[...bySource.values()].map((list) => (
        <section key={list[0]!.sourceId} aria-label={`Mentions in ${list[0]!.sourceTitle}`}>
          <h3>
            <Link to={`/sources/${list[0]!.sourceId}`}>{list[0]!.sourceTitle}</Link> <span className="muted">({list.length})</span>
          </h3>
          <ul>
            {list.map((m) => (
              <li key={m.start}>
                {m.sentence.slice(0, m.at[0])}
                <strong>{m.sentence.slice(m.at[0], m.at[1])}</strong>
                {m.sentence.slice(m.at[1])}{' '}
                <Link to={`/sources/${m.sourceId}?at=${m.start}-${m.end}`} aria-label={`Open at this mention in ${m.sourceTitle}`}>
                  Open
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

import { useSearchParams, Link } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { ScreenHeader, Skeleton } from '../../components/States'

/** Plain substring matching over names; ranked full-text search replaces it with the lunr engine. */
export function SearchScreen() {
  const [params] = useSearchParams()
  const q = (params.get('q') ?? '').trim().toLowerCase()
  const results = useLiveQuery(async () => {
    if (!q) return []
    const hit = (...fields: (string | null | undefined)[]) => fields.some((f) => f?.toLowerCase().includes(q))
    const [initiatives, meetings, sources] = await Promise.all([
      db.initiatives.filter((i) => hit(i.name, i.acronym, ...i.aliases)).toArray(),
      db.meetings.filter((m) => hit(m.name, m.theme)).toArray(),
      db.sources.filter((s) => hit(s.title)).toArray()
    ])
    return [
      ...initiatives.map((i) => ({ to: `/initiatives/${i.id}`, title: i.name, kind: 'Initiative' })),
      ...meetings.map((m) => ({ to: `/meetings/${m.id}`, title: m.name, kind: 'Meeting' })),
      ...sources.map((s) => ({ to: `/sources/${s.id}`, title: s.title, kind: 'Source' }))
    ]
  }, [q])
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Search" subtitle={q ? `Names matching “${q}”` : 'Type in the search box above'} />
      {!results ? (
        <Skeleton label="Searching" />
      ) : q && results.length === 0 ? (
        <p>Nothing matches “{q}”.</p>
      ) : (
        <ul className="result-list">
          {results.map((r) => (
            <li key={r.to}>
              <span className="kind">{r.kind}</span> <Link to={r.to}>{r.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

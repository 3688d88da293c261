import { Link } from 'react-router'
import { useParties } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { humanise } from '../dataset/format'

export function PartnersScreen() {
  const parties = useParties()
  const sorted = parties ? [...parties].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)) : undefined
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Partners" subtitle="Member states, observers, dialogue and development partners, organisations" />
      {!sorted ? (
        <Skeleton label="Loading partners" />
      ) : sorted.length === 0 ? (
        <EmptyState title="No partners yet" />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Also written</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/partners/${p.id}`}>{p.name}</Link>
                </td>
                <td>{humanise(p.kind)}</td>
                <td>{p.aliases.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

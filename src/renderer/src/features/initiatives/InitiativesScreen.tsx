import { Link } from 'react-router'
import { useInitiatives } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { humanise } from '../dataset/format'

export function InitiativesScreen() {
  const initiatives = useInitiatives()
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Initiatives" subtitle={initiatives ? `${initiatives.length} masterplans, guidelines, work plans, bodies and more` : undefined} />
      {!initiatives ? (
        <Skeleton label="Loading initiatives" />
      ) : initiatives.length === 0 ? (
        <EmptyState title="No initiatives yet" />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {initiatives.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/initiatives/${i.id}`}>{i.name}</Link>
                  {i.acronym ? <span className="acronym"> {i.acronym}</span> : null}
                </td>
                <td>{humanise(i.kind)}</td>
                <td>{i.events.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

import { Link, useParams } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { useParty } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { EvidenceList } from '../../components/EvidenceList'
import { humanise } from '../dataset/format'

export function PartnerScreen() {
  const { id } = useParams()
  const party = useParty(id)
  const initiatives = useLiveQuery(() => (id ? db.initiatives.where('partners').equals(id).sortBy('name') : []), [id])
  if (party === undefined || initiatives === undefined) return <Skeleton label="Loading the partner" />
  if (party === null)
    return (
      <EmptyState title="Partner not found">
        <Link to="/partners">All partners</Link>
      </EmptyState>
    )
  return (
    <article aria-labelledby="screen-title">
      <ScreenHeader title={party.name} subtitle={humanise(party.kind) + (party.reference ? ' · reference record' : '')} />
      {party.aliases.length > 0 ? <p>Also written: {party.aliases.join('; ')}</p> : null}
      <EvidenceList evidence={party.evidence} />
      <h2>Initiatives involving {party.name}</h2>
      {initiatives.length === 0 ? (
        <p>No initiative in the dataset names this party as a partner.</p>
      ) : (
        <ul>
          {initiatives.map((i) => (
            <li key={i.id}>
              <Link to={`/initiatives/${i.id}`}>{i.name}</Link> <span className="muted">({humanise(i.kind)})</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}

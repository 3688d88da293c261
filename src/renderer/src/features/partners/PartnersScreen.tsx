import { useMemo } from 'react'
import { Link } from 'react-router'
import { useInitiatives, useParties } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { humanise } from '../dataset/format'
import { partnerYearMatrix } from './matrix'
import { PartnerMatrix } from './PartnerMatrix'

export const EXTERNAL_PARTNER_KINDS = new Set(['dialogue-partner', 'development-partner', 'international-organisation'])

const KIND_TITLE: Record<string, string> = {
  'dialogue-partner': 'Dialogue partners',
  'development-partner': 'Development partners',
  'international-organisation': 'International organisations',
  'member-state': 'ASEAN member states',
  observer: 'Observers',
  'asean-body': 'ASEAN bodies',
  'government-body': 'Government bodies',
  'industry-body': 'Industry bodies'
}

export function PartnersScreen() {
  const parties = useParties()
  const initiatives = useInitiatives()
  const names = useMemo(() => new Map(parties?.map((p) => [p.id, p.name])), [parties])
  const matrix = useMemo(() => {
    if (!parties || !initiatives) return null
    const kinds = new Map(parties.map((p) => [p.id, p.kind]))
    return partnerYearMatrix(initiatives, (id) => EXTERNAL_PARTNER_KINDS.has(kinds.get(id) ?? ''))
  }, [parties, initiatives])
  const counts = useMemo(() => {
    const c = new Map<string, number>()
    initiatives?.forEach((i) => i.partners.forEach((p) => c.set(p, (c.get(p) ?? 0) + 1)))
    return c
  }, [initiatives])
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Partners" subtitle="Dialogue and development partners, organisations, member states and bodies" />
      {!parties || !matrix ? (
        <Skeleton label="Loading partners" />
      ) : parties.length === 0 ? (
        <EmptyState title="No partners yet" />
      ) : (
        <>
          <h2>Work plans and joint statements by year</h2>
          <PartnerMatrix matrix={matrix} label={(id) => names.get(id) ?? humanise(id)} />
          {Object.keys(KIND_TITLE).map((kind) => {
            const list = parties.filter((p) => p.kind === kind).sort((a, b) => a.name.localeCompare(b.name))
            if (list.length === 0) return null
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>{KIND_TITLE[kind] ?? humanise(kind)}</h2>
                <ul className="party-grid">
                  {list.map((p) => (
                    <li key={p.id} className="card">
                      <Link to={`/partners/${p.id}`}>{p.name}</Link>
                      <span className="muted small">
                        {' '}
                        {counts.get(p.id) ? `${counts.get(p.id)} initiative${counts.get(p.id) === 1 ? '' : 's'}` : ''}
                        {p.reference ? ' · reference record' : ''}
                      </span>
                      {p.aliases.length > 0 ? <p className="muted small">Also: {p.aliases.join('; ')}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            )
          })}
        </>
      )}
    </section>
  )
}

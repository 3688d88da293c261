import { Link } from 'react-router'
import { cellKey, type PartnerYearMatrix } from './matrix'

const KIND_MARK: Record<string, string> = { 'work-plan': 'Work plan', 'joint-statement': 'Joint statement', 'action-plan': 'Action plan' }

export function PartnerMatrix({ matrix, label }: { matrix: PartnerYearMatrix; label: (id: string) => string }) {
  if (matrix.partners.length === 0) return <p className="muted">No work plans or joint statements with partners in the dataset.</p>
  return (
    <div className="matrix-scroll">
      <table className="data-table matrix">
        <caption className="visually-hidden">Work plans, action plans and joint statements by partner and year</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            {matrix.years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.partners.map((p) => (
            <tr key={p}>
              <th scope="row">
                <Link to={`/partners/${p}`}>{label(p)}</Link>
              </th>
              {matrix.years.map((y) => {
                const cell = matrix.cells.get(cellKey(p, y)) ?? []
                return (
                  <td key={y}>
                    {cell.map((c) => (
                      <Link key={c.id} to={`/initiatives/${c.id}`} className={`matrix-chip kind-${c.kind}`} title={c.name} aria-label={`${KIND_MARK[c.kind] ?? c.kind}: ${c.name}`}>
                        {KIND_MARK[c.kind] ?? c.kind}
                      </Link>
                    ))}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

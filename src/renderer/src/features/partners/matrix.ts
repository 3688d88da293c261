/** The partner × year grid of work plans, action plans and joint statements. Pure. */
import type { Initiative } from '@shared/model/dataset'

export const MATRIX_KINDS = new Set(['work-plan', 'joint-statement', 'action-plan'])

export interface MatrixCell {
  id: string
  name: string
  kind: string
}

export interface PartnerYearMatrix {
  partners: string[]
  years: string[]
  cells: Map<string, MatrixCell[]>
}

export const cellKey = (partner: string, year: string): string => `${partner}|${year}`

/**
 * The year a plan belongs to: the year its name starts with ("2026 ASEAN-Japan Digital Work Plan"),
 * else the first year of a range in its name ("(2021-2025)"), else the year of its first event.
 */
export function planYear(initiative: Pick<Initiative, 'name' | 'events'>): string | null {
  const leading = /^(\d{4})\b/.exec(initiative.name)
  if (leading) return leading[1]!
  const range = /\((\d{4})\s*-\s*\d{4}\)/.exec(initiative.name)
  if (range) return range[1]!
  const dated = initiative.events.map((e) => e.date).filter((d): d is string => d !== null).sort()[0]
  return dated ? dated.slice(0, 4) : null
}

export function partnerYearMatrix(initiatives: readonly Initiative[], isPartner: (id: string) => boolean): PartnerYearMatrix {
  const cells = new Map<string, MatrixCell[]>()
  const partners = new Set<string>()
  const years = new Set<string>()
  for (const initiative of initiatives) {
    if (!MATRIX_KINDS.has(initiative.kind)) continue
    const year = planYear(initiative)
    if (!year) continue
    for (const partner of initiative.partners.filter(isPartner)) {
      partners.add(partner)
      years.add(year)
      const key = cellKey(partner, year)
      cells.set(key, [...(cells.get(key) ?? []), { id: initiative.id, name: initiative.name, kind: initiative.kind }])
    }
  }
  return { partners: [...partners].sort(), years: [...years].sort(), cells }
}

import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { meetingLabel } from '../dataset/useLabels'
import { GROUPS } from './kinds'

export const FACETS = ['kind', 'year', 'theme', 'partner', 'meeting'] as const
export type FacetKey = (typeof FACETS)[number]

type Option = { value: string; label: string }
const byLabel = (a: Option, b: Option): number => a.label.localeCompare(b.label)

/** The choices of each filter on the search screen; `undefined` while they load. */
export function useFacetOptions(): Record<FacetKey, Option[]> | undefined {
  return useLiveQuery(async () => {
    const [meetings, themes, parties] = await Promise.all([
      db.meetings.orderBy('startDate').toArray(),
      db.themes.toArray(),
      db.parties.toArray()
    ])
    const starts = meetings.map((m) => m.startDate?.slice(0, 4))
    const years = [...new Set(starts.filter((y): y is string => Boolean(y)))].sort()
    return {
      kind: GROUPS.map((g) => ({ value: g.kind, label: g.label })),
      year: years.map((y) => ({ value: y, label: y })),
      theme: themes.map((t) => ({ value: t.id, label: t.label })).sort(byLabel),
      partner: parties.map((p) => ({ value: p.id, label: p.name })).sort(byLabel),
      meeting: meetings.map((m) => ({ value: m.id, label: meetingLabel(m) }))
    }
  }, [])
}

import { useMemo } from 'react'
import { useLiveQuery } from '../../db/useLiveQuery'
import type { Annotation } from '@shared/model/annotation'
import { db } from '../../db/db'
import { applyCatalogue, toRow, type CatalogueFilter, type CatalogueRow } from './catalogue'

/** Catalogue rows (initiatives joined with the user's live notes); undefined while loading. */
export function useCatalogueRows(): CatalogueRow[] | undefined {
  return useLiveQuery(async () => {
    const [initiatives, annotations] = await Promise.all([db.initiatives.toArray(), db.annotations.filter((a) => !a.deleted).toArray()])
    // A note on the initiative, or a highlight linked to it, counts as "my notes" on it.
    const byTarget = new Map<string, Annotation[]>()
    const add = (id: string, a: Annotation) => byTarget.set(id, [...(byTarget.get(id) ?? []), a])
    for (const a of annotations) {
      if (a.targetType === 'initiative') add(a.targetId, a)
      for (const linked of a.links) if (linked !== a.targetId) add(linked, a)
    }
    return initiatives.map((i) => toRow(i, byTarget.get(i.id)))
  })
}

export function useFilteredCatalogue(rows: CatalogueRow[] | undefined, filter: CatalogueFilter) {
  return useMemo(() => (rows ? applyCatalogue(rows, filter) : undefined), [rows, filter])
}

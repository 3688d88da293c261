import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { db, type NoteRow } from '../../db/db'
import { applyCatalogue, toRow, type CatalogueFilter, type CatalogueRow } from './catalogue'

/** Catalogue rows (initiatives joined with the user's live notes); undefined while loading. */
export function useCatalogueRows(): CatalogueRow[] | undefined {
  return useLiveQuery(async () => {
    const [initiatives, notes] = await Promise.all([
      db.initiatives.toArray(),
      db.notes.where('[targetType+targetId]').between(['initiative', ''], ['initiative', '\uffff']).toArray()
    ])
    const byTarget = new Map<string, NoteRow[]>()
    for (const note of notes) if (!note.deleted) byTarget.set(note.targetId, [...(byTarget.get(note.targetId) ?? []), note])
    return initiatives.map((i) => toRow(i, byTarget.get(i.id)))
  })
}

export function useFilteredCatalogue(rows: CatalogueRow[] | undefined, filter: CatalogueFilter) {
  return useMemo(() => (rows ? applyCatalogue(rows, filter) : undefined), [rows, filter])
}

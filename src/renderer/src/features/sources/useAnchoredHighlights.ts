import { useEffect, useMemo } from 'react'
import { placeHighlights, type PlacedHighlight } from '@shared/annotations/placing'
import type { Annotation } from '@shared/model/annotation'
import { db } from '../../db/db'

export type AnchoredHighlight = PlacedHighlight

/**
 * Finds each highlight of `source` in its text. One that cannot be found is marked orphaned (kept,
 * listed as detached); one found again loses the mark. Nothing is deleted here, and highlights of
 * any other source are left alone (`placeHighlights`).
 */
export function useAnchoredHighlights(source: { id: string; text: string } | undefined, annotations: Annotation[] | undefined): AnchoredHighlight[] {
  const { placed, orphanChanges } = useMemo(() => placeHighlights(source, annotations), [source, annotations])
  useEffect(() => {
    for (const { id, orphaned } of orphanChanges) void db.annotations.update(id, { orphaned }).catch(() => undefined)
  }, [orphanChanges])
  return placed
}

import { useEffect, useMemo } from 'react'
import { anchorPassage, type Anchor } from '@shared/annotations/anchoring'
import type { Annotation } from '@shared/model/annotation'
import { db } from '../../db/db'

export interface AnchoredHighlight {
  annotation: Annotation
  anchor: Anchor | null
}

/**
 * Finds each highlight in the current text. One that cannot be found is marked orphaned (kept,
 * listed as detached); one found again loses the mark. Nothing is deleted here.
 */
export function useAnchoredHighlights(text: string | undefined, annotations: Annotation[] | undefined): AnchoredHighlight[] {
  const anchored = useMemo(
    () =>
      text === undefined || !annotations
        ? []
        : annotations.filter((a) => a.kind === 'highlight' && a.selector).map((annotation) => ({ annotation, anchor: anchorPassage(text, annotation.selector!) })),
    [text, annotations]
  )
  useEffect(() => {
    for (const { annotation, anchor } of anchored) {
      const orphaned = anchor === null
      if (Boolean(annotation.orphaned) !== orphaned) void db.annotations.update(annotation.id, { orphaned })
    }
  }, [anchored])
  return anchored
}

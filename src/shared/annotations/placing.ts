/**
 * Where a source's highlights stand in its text, and which detached marks to change. Pure, so the
 * lifecycle is tested apart from React: a highlight is only ever placed in, or found missing from,
 * the text of the source it belongs to. A screen changing from one source to the next holds the
 * new id with the old text (or the reverse) for a moment; anchoring across that pair once marked
 * every highlight of the first source detached, and saved it.
 */
import type { Annotation } from '../model/annotation'
import { anchorPassage, type Anchor } from './anchoring'

export interface PlacedHighlight {
  annotation: Annotation
  anchor: Anchor | null
}

export interface Placing {
  placed: PlacedHighlight[]
  /** Highlights whose stored `orphaned` mark differs from what this text shows. */
  orphanChanges: { id: string; orphaned: boolean }[]
}

const NOTHING: Placing = { placed: [], orphanChanges: [] }

export function placeHighlights(source: { id: string; text: string } | undefined, annotations: readonly Annotation[] | undefined): Placing {
  if (!source || !annotations) return NOTHING
  const placed = annotations
    .filter((a) => a.kind === 'highlight' && a.selector && a.targetType === 'source' && a.targetId === source.id)
    .map((annotation) => ({ annotation, anchor: anchorPassage(source.text, annotation.selector!) }))
  const orphanChanges = placed
    .filter(({ annotation, anchor }) => Boolean(annotation.orphaned) !== (anchor === null))
    .map(({ annotation, anchor }) => ({ id: annotation.id, orphaned: anchor === null }))
  return { placed, orphanChanges }
}

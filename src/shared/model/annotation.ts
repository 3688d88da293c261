/**
 * The user's annotations, after the W3C Web Annotation model: a target (a dataset entity, or a
 * passage of a source described by selectors) and a body (Markdown text, tags, colour, links).
 * Shared by the renderer (storage), export and backup.
 */
import type { PassageSelector } from '../annotations/anchoring'

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

export type EntityType = 'initiative' | 'meeting' | 'party'
export type TargetType = EntityType | 'source'

export interface Annotation {
  id: string
  kind: 'note' | 'highlight'
  targetType: TargetType
  /** Dataset id (or imported source id). Never rewritten: a vanished id makes the note detached. */
  targetId: string
  /** For highlights: where the passage is, and how to find it again. */
  selector?: PassageSelector
  /** Markdown, as the user typed it. */
  body: string
  tags: string[]
  color?: HighlightColor
  /** Initiatives the annotation is about (a highlight tagged "about ADM 2030"). */
  links: string[]
  created: string
  updated: string
  /** ISO time it went to the Trash; null while live. */
  deleted: string | null
  /** Set when re-anchoring could not find the passage any more. */
  orphaned?: boolean
}

export type CollectionItemType = 'initiative' | 'meeting' | 'source' | 'annotation'

export interface CollectionItem {
  type: CollectionItemType
  id: string
}

export interface Collection {
  id: string
  name: string
  description: string
  items: CollectionItem[]
  created: string
  updated: string
  deleted: string | null
}

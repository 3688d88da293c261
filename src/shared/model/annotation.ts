/**
 * The user's annotations, after the W3C Web Annotation model: a target (a dataset entity, or a
 * passage of a source described by selectors) and a body (Markdown text, tags, colour, links).
 * Shared by the renderer (storage), export and backup. The schemas are the stored shape: a
 * restored backup is read with them, so what it writes is what the screens expect.
 */
import { z } from 'zod'
import type { PassageSelector } from '../annotations/anchoring'
import { TAG_MAX_LENGTH, normaliseTags, tagLength } from '../annotations/tags'
import { isoTime } from './primitives'

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

export const TARGET_TYPES = ['initiative', 'meeting', 'party', 'source'] as const
export type EntityType = 'initiative' | 'meeting' | 'party'
export type TargetType = (typeof TARGET_TYPES)[number]

const passageSelectorSchema: z.ZodType<PassageSelector> = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  contentHash: z.string()
})

/** Tags as stored: normalised (`normaliseTag`), none empty or repeated; a tag over the limit is refused. */
export const tagsSchema = z
  .array(z.string().refine((tag) => tagLength(tag) <= TAG_MAX_LENGTH, `must be a tag of at most ${TAG_MAX_LENGTH} characters`))
  .transform(normaliseTags)

export const annotationSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['note', 'highlight']),
  targetType: z.enum(TARGET_TYPES),
  /** Dataset id (or imported source id). Never rewritten: a vanished id makes the note detached. */
  targetId: z.string().min(1),
  /** For highlights: where the passage is, and how to find it again. */
  selector: passageSelectorSchema.optional(),
  /** Markdown, as the user typed it. */
  body: z.string(),
  tags: tagsSchema,
  color: z.enum(HIGHLIGHT_COLORS).optional(),
  /** Initiatives the annotation is about (a highlight tagged "about ADM 2030"). */
  links: z.array(z.string()),
  created: isoTime,
  updated: isoTime,
  /** ISO time it went to the Trash; null while live. */
  deleted: isoTime.nullable(),
  /** Set when re-anchoring could not find the passage any more. */
  orphaned: z.boolean().optional()
})
export type Annotation = z.infer<typeof annotationSchema>

export const COLLECTION_ITEM_TYPES = ['initiative', 'meeting', 'source', 'annotation'] as const
export type CollectionItemType = (typeof COLLECTION_ITEM_TYPES)[number]

export const collectionItemSchema = z.object({ type: z.enum(COLLECTION_ITEM_TYPES), id: z.string().min(1) })
export type CollectionItem = z.infer<typeof collectionItemSchema>

export const collectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  items: z.array(collectionItemSchema),
  created: isoTime,
  updated: isoTime,
  deleted: isoTime.nullable()
})
export type Collection = z.infer<typeof collectionSchema>

/**
 * The shipped ADGMIN dataset: types and the zod schema that validates `resources/dataset/*.json`
 * in tests and at load. Keys here are a contract other tools read; add fields, never rename.
 */
import { z } from 'zod'
import { datasetId as id, isoDate } from './primitives'

export const evidenceSchema = z.object({
  sourceId: id,
  /** A verbatim substring of the source's text (whitespace may differ). */
  quote: z.string().min(8),
  /** Which fields of the record this quote supports, e.g. `startDate endDate city`. */
  about: z.string().optional()
})
export type Evidence = z.infer<typeof evidenceSchema>

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  publisher: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  url: z.string().nullable(),
  language: z.string().min(2),
  format: z.enum(['html', 'text', 'markdown', 'pdf']),
  /** The document as given (for HTML, the cleaned body), relative to `resources/dataset/`. */
  file: z.string().min(1),
  /** Its plain text, which evidence quotes and mention offsets refer to. */
  textFile: z.string().min(1),
  description: z.string().optional(),
  /** How the publisher is known: stated in the document, or inferred (and from what). */
  publisherBasis: z.string().optional(),
  /** What the document is: one of `SOURCE_KINDS` for the shipped sources. */
  kind: z.string().optional(),
  seedFile: z.string().optional(),
  /** What was cleaned in the text as shipped, in words. */
  cleaning: z.array(z.string()).default([]),
  /** Each piece of page furniture removed from the text, and why (written by `dataset:build`). */
  cleaningLog: z.array(z.object({ action: z.enum(['removed', 'replaced', 'marked']), text: z.string(), reason: z.string() })).optional(),
  /** The meeting the document reports on, and whether it was written before, during or after it. */
  reportsOn: id.nullable().optional(),
  written: z.enum(['before', 'during', 'after', 'undated']).optional(),
  /** How `written` is known, in words. */
  writtenBasis: z.string().optional(),
  /** A path on the publisher's site the document gives without its domain; never shown as a URL. */
  sitePath: z.string().optional(),
  /** For citations (CSL): the people or bodies who wrote it, when a bibliography names them. */
  authors: z.array(z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() })).optional(),
  /** The site, newspaper or series it appeared in, when that is not its publisher. */
  container: z.string().nullable().optional(),
  /** When its text was read from the web, if known. */
  accessedOn: isoDate.optional(),
  /** A translation: the language it was translated from, and the original's title if known. */
  translatedFrom: z.object({ language: z.string().min(2), title: z.string().optional() }).optional(),
  /** A CSL item type a bibliography gave it (`report`, `article-journal`…), over the one its kind implies. */
  cslType: z.string().optional()
})
export type Source = z.infer<typeof sourceSchema>

/** What a shipped source is, for judging how far to trust it. */
export const SOURCE_KINDS = {
  'official-statement': 'Official statement',
  'ministry-press-release': 'Ministry press release',
  'news-report': 'News report',
  translation: 'Translation',
  'undated-compilation': 'Undated compilation'
} as const
export type SourceKind = keyof typeof SOURCE_KINDS

const person = z.object({
  country: id.nullable(),
  person: z.string().nullable(),
  title: z.string().nullable()
})

export const meetingSchema = z.object({
  id,
  series: z.string().min(1),
  number: z.number().int().positive().nullable(),
  name: z.string().min(1),
  /** Other ways the sources write the meeting's name (`ADGMIN 6`, `6th ADGMIN`). */
  aliases: z.array(z.string()).default([]),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  city: z.string().nullable(),
  country: id.nullable(),
  format: z.enum(['in-person', 'virtual']).nullable(),
  chair: person.nullable(),
  viceChair: person.nullable(),
  theme: z.string().nullable(),
  observers: z.array(id).default([]),
  firstTimeParticipants: z.array(id).default([]),
  partnersPresent: z.array(id).default([]),
  /** Country that hosted the meeting, where the sources say so. */
  host: id.nullable().default(null),
  parentMeetingId: id.nullable().default(null),
  /** Fields filled from reference knowledge (a capital's country), not from a quote. */
  referenceFields: z.array(z.string()).default([]),
  status: z.enum(['held', 'announced']).default('held'),
  notes: z.array(z.object({ text: z.string(), evidence: z.array(evidenceSchema).min(1) })).default([]),
  evidence: z.array(evidenceSchema).min(1)
})
export type Meeting = z.infer<typeof meetingSchema>

export const EVENT_ACTIONS = [
  'proposed',
  'approved',
  'adopted',
  'endorsed',
  'launched',
  'signed',
  'exchanged',
  'agreed',
  'noted',
  'welcomed',
  'acknowledged',
  'revised',
  'renamed',
  'completed',
  'highlighted',
  'announced',
  'appreciated',
  'discussed',
  'supported',
  'assigned',
  'established',
  'prioritised',
  'mentioned',
  'held',
  'emphasised',
  'reiterated',
  'encouraged',
  'looked-forward'
] as const
export type EventAction = (typeof EVENT_ACTIONS)[number]

export const initiativeEventSchema = z.object({
  meetingId: id.nullable(),
  date: isoDate.nullable(),
  /** The text's own verb; `mentioned` when the text names the initiative without a decision on it. */
  action: z.enum(EVENT_ACTIONS),
  /**
   * `planned` (absent: reported) when the only sources were written before the event (a release announcing what
   * "will be launched"): shown as planned until a later source confirms it.
   */
  status: z.enum(['reported', 'planned']).optional(),
  note: z.string(),
  evidence: z.array(evidenceSchema).min(1)
})
export type InitiativeEvent = z.infer<typeof initiativeEventSchema>

export const INITIATIVE_KINDS = [
  'masterplan',
  'agreement',
  'declaration',
  'guideline',
  'guide',
  'framework',
  'mou',
  'joint-statement',
  'work-plan',
  'action-plan',
  'project',
  'programme',
  'award',
  'network',
  'fund',
  'centre',
  'forum',
  'dialogue',
  'working-group',
  'body',
  'report',
  'terms-of-reference',
  'handbook',
  'deliverable',
  'platform',
  'statement',
  'partnership',
  'study'
] as const
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number]

export const RELATIONS = ['succeeded-by', 'succeeds', 'renamed-to', 'renamed-from', 'part-of', 'has-part', 'related'] as const

export const initiativeSchema = z.object({
  id,
  name: z.string().min(1),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(INITIATIVE_KINDS),
  themes: z.array(id).default([]),
  partners: z.array(id).default([]),
  summary: z.string().min(1),
  /**
   * `editors` when the summary says more than the record's quotes (a reading, a context): shown
   * as the editors' words. Otherwise every content word of it is in the quotes or the name.
   */
  summaryBy: z.enum(['sources', 'editors']).optional(),
  related: z.array(z.object({ id, relation: z.enum(RELATIONS), evidence: z.array(evidenceSchema).default([]) })).default([]),
  events: z.array(initiativeEventSchema).default([]),
  evidence: z.array(evidenceSchema).default([])
})
export type Initiative = z.infer<typeof initiativeSchema>

export const PARTY_KINDS = [
  'member-state',
  'observer',
  'dialogue-partner',
  'development-partner',
  'international-organisation',
  'asean-body',
  'government-body',
  'industry-body'
] as const

export const partySchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(PARTY_KINDS),
  aliases: z.array(z.string()).default([]),
  /** True when the record rests on reference knowledge rather than a source quote. */
  reference: z.boolean(),
  evidence: z.array(evidenceSchema).default([])
})
export type Party = z.infer<typeof partySchema>

export const themeSchema = z.object({ id, label: z.string().min(1) })
export type Theme = z.infer<typeof themeSchema>

export const mentionSchema = z.object({
  sourceId: id,
  entityId: id,
  entityType: z.enum(['initiative', 'meeting', 'party']),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string()
})
export type Mention = z.infer<typeof mentionSchema>

export const manifestSchema = z.object({
  /** The curators' name for the release, shown to users (`YYYY.MM.N`). */
  version: z.string().min(1),
  /**
   * SHA-256 of the shipped files (`npm run dataset:build` writes it, `dataset:check` verifies it).
   * The app reloads the dataset when this or `version` differs from what it stored.
   */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash (run npm run dataset:build)'),
  generatedFrom: z.array(id).min(1),
  counts: z.record(z.string(), z.number().int().nonnegative())
})
export type Manifest = z.infer<typeof manifestSchema>

/** The whole dataset as the app holds it: sources carry their text. */
export interface Dataset {
  manifest: Manifest
  sources: (Source & { text: string })[]
  meetings: Meeting[]
  initiatives: Initiative[]
  parties: Party[]
  themes: Theme[]
  mentions: Mention[]
}

export const DATASET_FILES = {
  manifest: 'manifest.json',
  sources: 'sources.json',
  meetings: 'meetings.json',
  initiatives: 'initiatives.json',
  parties: 'parties.json',
  themes: 'themes.json',
  mentions: 'mentions.json'
} as const

/**
 * Records the user made, stored beside the shipped ones in the dataset tables with
 * `origin: 'user'`: imported sources, and initiatives and meetings made from a suggestion. Each
 * schema is the dataset's own, extended by what the app stores with it and loosened only where the
 * app itself makes values the curated dataset never has (listed at each field), so every backup
 * the app wrote is read back and a crafted one cannot give a screen a shape it does not expect.
 *
 * When changing what `importService.sourceRecord` or `userRecords.createFromSuggestion` store,
 * update these schemas; an added field needs `.optional()` or a default, since records and
 * backups made by earlier builds lack it.
 */
import { z } from 'zod'
import { evidenceSchema, initiativeEventSchema, initiativeSchema, meetingSchema, partySchema, RELATIONS, sourceSchema } from './dataset'
import { historyEntrySchema } from '../curation/history'
import { isoTime } from './primitives'
import { CORRECTABLE_FIELDS } from '../curation/meetingFields'
import { INITIATIVE_CORRECTABLE_FIELDS } from '../curation/initiativeFields'

/** Every id the app gives a record of the user's starts so; never a shipped record's id. */
const userId = z.string({ error: 'must be an id starting with "user-"' }).regex(/^user-\S*$/, 'must be an id starting with "user-"')

const userMark = {
  id: userId,
  origin: z.literal('user'),
  /** When the user created or last changed it. */
  updated: isoTime.optional()
}

/** The sentence (or the selected text) a suggestion was found in, in an imported source. */
const userEvidenceSchema = evidenceSchema.extend({ sourceId: z.string().min(1), quote: z.string().min(1) })

export const importedSourceSchema = sourceSchema.extend({
  ...userMark,
  /** A file named only `.txt` gives an empty title. */
  title: z.string(),
  /** `<html lang>` and the details form accept any code up to 12 characters. */
  language: z.string().min(1).max(12),
  text: z.string(),
  /** Hash of the normalised text (duplicates), file name, import time, PDF pages. */
  contentHash: z.string().optional(),
  fileName: z.string().optional(),
  imported: isoTime.optional(),
  pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative() })).optional()
})
export type ImportedSource = z.infer<typeof importedSourceSchema>

/** What a record the user made keeps besides the dataset's fields. */
const curated = {
  /** Fields the user typed by hand, with no quote behind them (`dates`, `kind`; a list entry as `partners:viet-nam`). */
  handFields: z.array(z.string()).optional(),
  /** Every change, with its quote and what it replaced (`curation/history.ts`). */
  history: z.array(historyEntrySchema).optional()
}

export const userInitiativeSchema = initiativeSchema.extend({
  ...userMark,
  ...curated,
  evidence: z.array(userEvidenceSchema).default([]),
  /** An outcome the user typed by hand has no quote (`byHand`); one from a quote has it. */
  events: z.array(initiativeEventSchema.extend({ evidence: z.array(userEvidenceSchema), byHand: z.literal(true).optional() })).default([]),
  related: z.array(z.object({ id: z.string().min(1), relation: z.enum(RELATIONS), evidence: z.array(userEvidenceSchema).default([]) })).default([])
})
export type UserInitiative = z.infer<typeof userInitiativeSchema>

export const userMeetingSchema = meetingSchema.extend({
  ...userMark,
  /** "the 0th ADGMIN" in a document is still a suggestion. */
  number: z.number().int().nonnegative().nullable(),
  evidence: z.array(userEvidenceSchema).min(1),
  ...curated
})
export type UserMeeting = z.infer<typeof userMeetingSchema>

/** A partner (a ministry, an agency, an organisation) made from a suggestion: it rests on its quotes, never on reference knowledge. */
export const userPartySchema = partySchema.extend({
  ...userMark,
  ...curated,
  reference: z.literal(false),
  evidence: z.array(userEvidenceSchema).min(1)
})
export type UserParty = z.infer<typeof userPartySchema>

const text = z.string().default('')

/**
 * The user's reading of one field of a shipped meeting or initiative (or of one of its outcomes), kept beside the shipped value (never
 * over it) in the user's own `corrections` table: dataset upgrades do not touch it, so a
 * correction whose meeting a later dataset drops is kept and shown as such. `shipped` is the
 * value as the dataset gave it when the correction was made, for the report to the editors.
 */
export const correctionSchema = z
  .object({
    id: userId,
    targetType: z.enum(['meeting', 'initiative']),
    targetId: z.string().min(1),
    field: z.enum([...CORRECTABLE_FIELDS, ...INITIATIVE_CORRECTABLE_FIELDS.filter((f) => !(CORRECTABLE_FIELDS as string[]).includes(f))] as [string, ...string[]]),
    /** Which of the initiative's outcomes (`eventKey`), for a reading of one outcome. */
    eventKey: z.string().optional(),
    value: z.object({ startDate: text, endDate: text, city: text, country: text, person: text, title: text, text, ref: text, action: text }),
    shipped: z.string(),
    /** The quote the reading rests on, in a shipped or imported source; null: typed by hand. */
    evidence: z.object({ sourceId: z.string().min(1), quote: z.string().min(1) }).nullable(),
    created: isoTime,
    updated: isoTime
  })
  .refine((c) => (c.targetType === 'meeting' ? (CORRECTABLE_FIELDS as string[]).includes(c.field) : (INITIATIVE_CORRECTABLE_FIELDS as string[]).includes(c.field)), {
    message: 'must be a field of its record that can be corrected',
    path: ['field']
  })
  .refine((c) => c.field !== 'event' || !!c.eventKey, { message: 'must name the outcome it reads', path: ['eventKey'] })
export type Correction = z.infer<typeof correctionSchema>

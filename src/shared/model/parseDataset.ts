/**
 * Validates raw dataset files into a `Dataset`, or says exactly what is wrong: which file, which
 * record, which field. Pure: the caller fetches the files (renderer) or reads them (tests, CLI).
 */
import { z } from 'zod'
import { fail, ok, type Result } from '../result'
import {
  initiativeSchema,
  manifestSchema,
  meetingSchema,
  mentionSchema,
  partySchema,
  sourceSchema,
  themeSchema,
  type Dataset,
  type Evidence
} from './dataset'

export interface RawDatasetFiles {
  manifest: unknown
  sources: unknown
  meetings: unknown
  initiatives: unknown
  parties: unknown
  themes: unknown
  mentions: unknown
  /** Source texts keyed by the `file` field of each source. */
  texts: Record<string, string>
}

function describe(file: string, error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue?.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : ''
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : ''
  return `${file}${where}: ${issue?.message ?? 'invalid'}${more}`
}

/** Collapses runs of whitespace so a quote matches across line breaks in the source. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim()

export function parseDataset(raw: RawDatasetFiles): Result<Dataset> {
  const parts = {
    manifest: manifestSchema.safeParse(raw.manifest),
    sources: z.array(sourceSchema).safeParse(raw.sources),
    meetings: z.array(meetingSchema).safeParse(raw.meetings),
    initiatives: z.array(initiativeSchema).safeParse(raw.initiatives),
    parties: z.array(partySchema).safeParse(raw.parties),
    themes: z.array(themeSchema).safeParse(raw.themes),
    mentions: z.array(mentionSchema).safeParse(raw.mentions)
  }
  for (const [name, parsed] of Object.entries(parts)) {
    if (!parsed.success) return fail(describe(`${name}.json`, parsed.error))
  }
  const sources = parts.sources.data!.map((source) => ({ ...source, text: raw.texts[source.textFile] ?? '' }))
  const missing = sources.find((s) => !(s.textFile in raw.texts))
  if (missing) return fail(`sources.json: the text file "${missing.textFile}" of source "${missing.id}" is missing`)
  const dataset: Dataset = {
    manifest: parts.manifest.data!,
    sources,
    meetings: parts.meetings.data!,
    initiatives: parts.initiatives.data!,
    parties: parts.parties.data!,
    themes: parts.themes.data!,
    mentions: parts.mentions.data!
  }
  const problems = checkDatasetIntegrity(dataset)
  return problems.length === 0 ? ok(dataset) : fail(problems.slice(0, 5).join('\n'))
}

/** Every evidence quote in the dataset, with the place it supports. */
export function allEvidence(dataset: Dataset): { where: string; evidence: Evidence }[] {
  const out: { where: string; evidence: Evidence }[] = []
  const add = (where: string, list: readonly Evidence[]): void => list.forEach((evidence) => out.push({ where, evidence }))
  for (const m of dataset.meetings) {
    add(`meeting ${m.id}`, m.evidence)
    m.notes.forEach((n, i) => add(`meeting ${m.id} note ${i}`, n.evidence))
  }
  for (const i of dataset.initiatives) {
    add(`initiative ${i.id}`, i.evidence)
    i.events.forEach((e, k) => add(`initiative ${i.id} event ${k}`, e.evidence))
    i.related.forEach((r) => add(`initiative ${i.id} related ${r.id}`, r.evidence))
  }
  for (const p of dataset.parties) add(`party ${p.id}`, p.evidence)
  return out
}

/** Referential integrity, unique ids and verbatim evidence; returns one line per problem. */
export function checkDatasetIntegrity(dataset: Dataset): string[] {
  const problems: string[] = []
  const unique = (kind: string, ids: string[]): Set<string> => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind}: duplicate id "${id}"`)
      seen.add(id)
    }
    return seen
  }
  const sourceIds = unique('sources', dataset.sources.map((s) => s.id))
  const meetingIds = unique('meetings', dataset.meetings.map((m) => m.id))
  const initiativeIds = unique('initiatives', dataset.initiatives.map((i) => i.id))
  const partyIds = unique('parties', dataset.parties.map((p) => p.id))
  const themeIds = unique('themes', dataset.themes.map((t) => t.id))
  const texts = new Map(dataset.sources.map((s) => [s.id, normaliseSpace(s.text)]))

  for (const { where, evidence } of allEvidence(dataset)) {
    const text = texts.get(evidence.sourceId)
    if (text === undefined) problems.push(`${where}: unknown source "${evidence.sourceId}"`)
    else if (!text.includes(normaliseSpace(evidence.quote)))
      problems.push(`${where}: quote not found verbatim in ${evidence.sourceId}: "${evidence.quote.slice(0, 80)}"`)
  }
  const needParty = (where: string, id: string | null | undefined): void => {
    if (id && !partyIds.has(id)) problems.push(`${where}: unknown party "${id}"`)
  }
  for (const m of dataset.meetings) {
    needParty(`meeting ${m.id} country`, m.country)
    needParty(`meeting ${m.id} chair`, m.chair?.country)
    needParty(`meeting ${m.id} vice-chair`, m.viceChair?.country)
    ;[...m.observers, ...m.firstTimeParticipants, ...m.partnersPresent].forEach((p) => needParty(`meeting ${m.id}`, p))
    if (m.parentMeetingId && !meetingIds.has(m.parentMeetingId))
      problems.push(`meeting ${m.id}: unknown parent meeting "${m.parentMeetingId}"`)
  }
  for (const i of dataset.initiatives) {
    i.partners.forEach((p) => needParty(`initiative ${i.id} partners`, p))
    i.themes.forEach((t) => themeIds.has(t) || problems.push(`initiative ${i.id}: unknown theme "${t}"`))
    i.related.forEach((r) => initiativeIds.has(r.id) || problems.push(`initiative ${i.id}: unknown related "${r.id}"`))
    i.events.forEach((e) => {
      if (e.meetingId && !meetingIds.has(e.meetingId)) problems.push(`initiative ${i.id}: unknown meeting "${e.meetingId}"`)
    })
    if (i.evidence.length === 0 && i.events.every((e) => e.evidence.length === 0))
      problems.push(`initiative ${i.id}: no evidence quote`)
  }
  const known = { initiative: initiativeIds, meeting: meetingIds, party: partyIds }
  for (const m of dataset.mentions) {
    if (!sourceIds.has(m.sourceId)) problems.push(`mention: unknown source "${m.sourceId}"`)
    if (!known[m.entityType].has(m.entityId)) problems.push(`mention: unknown ${m.entityType} "${m.entityId}"`)
  }
  return problems
}

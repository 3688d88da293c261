/**
 * A user's corrections of shipped facts, as text: each field's value as a sentence would give it,
 * and the Markdown report of every correction for the dataset's editors. Pure; the stored shape
 * is `correctionSchema` (model/userRecords.ts).
 */
import { placeLabel } from '../model/labels'
import type { Correction } from '../model/userRecords'
import { compareText } from '../text/compare'
import { MEETING_FIELDS, type FieldValue, type MeetingField } from './meetingFields'
import { INITIATIVE_FIELDS, initiativeFieldText, type InitiativeField } from './initiativeFields'

/** A country id as its name, or the id when the parties do not know it. */
export type PartyName = (id: string) => string

/** One field's value as a line of text: "2023-02-09 to 2023-02-10", "Boracay, Philippines", a person with title and country. */
export function fieldText(field: MeetingField, v: FieldValue, party: PartyName): string {
  const country = v.country ? party(v.country) : null
  switch (field) {
    case 'name':
    case 'alias':
      return v.text
    case 'observer':
    case 'partnerPresent':
      return v.ref ? party(v.ref) : ''
    case 'dates':
      return v.startDate ? (v.endDate && v.endDate !== v.startDate ? `${v.startDate} to ${v.endDate}` : v.startDate) : ''
    case 'place':
      return placeLabel(v.city || null, country)
    case 'host':
      return country ?? ''
    case 'chair':
    case 'viceChair':
      return [v.person, v.title, country].filter(Boolean).join(', ')
    case 'format':
    case 'theme':
    case 'status':
      return v.text
  }
}

/** A meeting id as its short name ("ADGMIN 3"), or the id when unknown. */
export type MeetingName = (id: string) => string

/** The field a correction reads, as a label: "Place", "Kind", "Outcome at a meeting". */
export const correctionLabel = (c: Pick<Correction, 'targetType' | 'field'>): string =>
  c.targetType === 'meeting' ? MEETING_FIELDS[c.field as MeetingField].label : INITIATIVE_FIELDS[c.field as InitiativeField].label

/** The user's reading as a line of text. */
export const correctionText = (c: Pick<Correction, 'targetType' | 'field' | 'value'>, party: PartyName, meeting: MeetingName = (id) => id): string =>
  c.targetType === 'meeting' ? fieldText(c.field as MeetingField, c.value, party) : initiativeFieldText(c.field as InitiativeField, c.value, { party, meeting, theme: (id) => id })

/** What a correction's record is called, or null when the dataset no longer has it. */
export type RecordName = (c: Correction) => string | null

const md = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&').trim()

/** The lines of one correction: the shipped value, the user's, and the quote or "no evidence". */
export function correctionLines(c: Correction, party: PartyName, sourceTitle: (id: string) => string, meeting?: MeetingName): string[] {
  const evidence = c.evidence ? `“${md(c.evidence.quote)}” (${md(sourceTitle(c.evidence.sourceId))})` : 'typed by hand, no evidence'
  return [`- ${correctionLabel(c)}: the dataset says ${md(c.shipped) || '(not stated)'}; I read ${md(correctionText(c, party, meeting))}, ${evidence}`]
}

export interface ReportContext {
  datasetVersion: string
  appVersion: string
  exported: string
  recordName: RecordName
  party: PartyName
  sourceTitle: (id: string) => string
  meeting?: MeetingName
}

/** Every correction, by record, as a Markdown report the dataset's editors can check quote by quote. */
export function correctionsReport(corrections: readonly Correction[], ctx: ReportContext): string {
  const head = [
    '---',
    `title: ${JSON.stringify('My corrections to the dataset')}`,
    'type: "corrections"',
    `exported: ${JSON.stringify(ctx.exported)}`,
    `app: ${JSON.stringify(ctx.appVersion)}`,
    `dataset: ${JSON.stringify(ctx.datasetVersion)}`,
    '---',
    '',
    '# My corrections to the dataset',
    '',
    corrections.length ? `${corrections.length} ${corrections.length === 1 ? 'correction' : 'corrections'} of shipped facts, each with the reading and its evidence.` : 'No corrections.'
  ]
  const groups = new Map<string, Correction[]>()
  for (const c of [...corrections].sort((a, b) => compareText(a.targetId, b.targetId) || compareText(a.field, b.field) || compareText(a.id, b.id))) {
    groups.set(c.targetId, [...(groups.get(c.targetId) ?? []), c])
  }
  const body = [...groups.values()].flatMap((list) => {
    const first = list[0]!
    const name = ctx.recordName(first)
    const heading = name ? `## ${md(name)} (${first.targetType} \`${first.targetId}\`)` : `## \`${first.targetId}\`: on a record the dataset no longer has`
    return ['', heading, '', ...list.flatMap((c) => correctionLines(c, ctx.party, ctx.sourceTitle, ctx.meeting))]
  })
  return `${[...head, ...body].join('\n')}\n`
}

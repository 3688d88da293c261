/**
 * Records the user makes from a suggestion in an imported document: an initiative or a meeting,
 * marked as theirs (`origin: 'user'`), with the sentence it was found in as its evidence. They
 * live in the dataset tables beside the shipped records (a dataset upgrade keeps them), are
 * linked wherever sources name them, and travel in backups.
 */
import { linkedMentions, mentionTerms } from '@shared/mentions/findMentions'
import type { Suggestion } from '@shared/import/suggestions'
import type { InitiativeKind } from '@shared/model/dataset'
import { db, storedMention, type StoredInitiative, type StoredMeeting } from '../../db/db'

const KIND_WORDS: [RegExp, InitiativeKind][] = [
  [/declaration/i, 'declaration'],
  [/guidelines?/i, 'guideline'],
  [/\bguide\b/i, 'guide'],
  [/framework/i, 'framework'],
  [/master ?plan/i, 'masterplan'],
  [/work ?plan/i, 'work-plan'],
  [/action plan|roadmap/i, 'action-plan'],
  [/agreement/i, 'agreement'],
  [/joint statement/i, 'joint-statement'],
  [/statement|charter|principles/i, 'statement'],
  [/working group/i, 'working-group'],
  [/network/i, 'network'],
  [/fund/i, 'fund'],
  [/centre|center/i, 'centre'],
  [/award/i, 'award'],
  [/programme|program/i, 'programme'],
  [/forum/i, 'forum'],
  [/dialogue/i, 'dialogue'],
  [/toolkit|handbook/i, 'handbook'],
  [/platform/i, 'platform']
]

export const kindFromName = (name: string): InitiativeKind => KIND_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'project'

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

/** Links the new record wherever any source names it. */
async function linkMentions(type: 'initiative' | 'meeting', record: StoredInitiative | StoredMeeting): Promise<void> {
  const terms = mentionTerms(type, [record])
  const rows = []
  for (const source of await db.sources.toArray()) {
    for (const m of linkedMentions(source.text, terms, source.id)) rows.push(storedMention(m))
  }
  await db.mentions.bulkPut(rows)
}

export async function createFromSuggestion(suggestion: Suggestion, sourceId: string, sourceTitle: string): Promise<{ type: 'initiative' | 'meeting'; id: string }> {
  const now = new Date().toISOString()
  const evidence = [{ sourceId, quote: suggestion.sentence }]
  const rand = Math.random().toString(36).slice(2, 6)
  if (suggestion.kind === 'meeting') {
    const record: StoredMeeting = {
      id: `user-${slug(suggestion.name)}-${rand}`,
      series: suggestion.series ?? 'ADGMIN',
      number: suggestion.number ?? null,
      name: suggestion.name,
      aliases: suggestion.series && suggestion.number ? [`${suggestion.series} ${suggestion.number}`] : [],
      startDate: null,
      endDate: null,
      city: null,
      country: null,
      format: null,
      chair: null,
      viceChair: null,
      theme: null,
      observers: [],
      firstTimeParticipants: [],
      partnersPresent: [],
      host: null,
      parentMeetingId: null,
      referenceFields: [],
      status: 'announced',
      notes: [],
      evidence,
      origin: 'user',
      updated: now
    }
    await db.transaction('rw', db.meetings, db.mentions, db.sources, () => db.meetings.put(record).then(() => linkMentions('meeting', record)))
    return { type: 'meeting', id: record.id }
  }
  const record: StoredInitiative = {
    id: `user-${slug(suggestion.acronym ?? suggestion.name)}-${rand}`,
    name: suggestion.name,
    acronym: suggestion.acronym,
    aliases: suggestion.acronym ? [suggestion.acronym] : [],
    kind: kindFromName(suggestion.name),
    themes: [],
    partners: [],
    summary: `Added by you from “${sourceTitle}”: ${suggestion.sentence}`,
    related: [],
    events: [],
    evidence,
    origin: 'user',
    updated: now
  }
  await db.transaction('rw', db.initiatives, db.mentions, db.sources, () => db.initiatives.put(record).then(() => linkMentions('initiative', record)))
  return { type: 'initiative', id: record.id }
}

/**
 * After the shipped dataset is replaced, the user's links into it are made right again, inside
 * the same transaction:
 *  - mentions in imported sources are found again against the new records (a renamed record is
 *    linked under its new name, a removed one no more), and mentions of the user's own records in
 *    shipped sources against the new texts;
 *  - highlights on a shipped source whose text changed (cleaned, corrected) are re-anchored in
 *    the new text and their selectors rewritten; one that cannot be found is kept, marked
 *    orphaned, with its old selector, never deleted.
 * Notes and their `updated` times are not touched: a re-anchor is not an edit.
 */
import { anchorPassage, describePassage } from '@shared/annotations/anchoring'
import { linkedMentions, recordTerms } from '@shared/mentions/findMentions'
import { isUsers, storedMention, type DeskDatabase } from '../../db/db'

export async function relinkUserData(database: DeskDatabase, oldTexts: ReadonlyMap<string, string>): Promise<void> {
  const [sources, initiatives, meetings, parties] = await Promise.all([
    database.sources.toArray(),
    database.initiatives.toArray(),
    database.meetings.toArray(),
    database.parties.toArray()
  ])
  const userSources = new Set(sources.filter(isUsers).map((s) => s.id))
  const userRecords = new Set([...initiatives, ...meetings, ...parties].filter(isUsers).map((r) => r.id))
  await database.mentions.filter((m) => userSources.has(m.sourceId) || userRecords.has(m.entityId)).delete()
  const allTerms = recordTerms({ initiatives, meetings, parties })
  const userTerms = recordTerms({ initiatives: initiatives.filter(isUsers), meetings: meetings.filter(isUsers), parties: parties.filter(isUsers) })
  const rows = sources.flatMap((s) => (isUsers(s) ? linkedMentions(s.text, allTerms, s.id) : userTerms.length ? linkedMentions(s.text, userTerms, s.id) : []))
  await database.mentions.bulkPut(rows.map(storedMention))

  const changed = new Map(sources.filter((s) => !isUsers(s) && oldTexts.has(s.id) && oldTexts.get(s.id) !== s.text).map((s) => [s.id, s.text]))
  if (changed.size === 0) return
  const highlights = await database.annotations.filter((a) => a.kind === 'highlight' && a.targetType === 'source' && changed.has(a.targetId) && !!a.selector).toArray()
  for (const h of highlights) {
    const text = changed.get(h.targetId)!
    const anchor = anchorPassage(text, h.selector!)
    await database.annotations.update(h.id, anchor ? { selector: describePassage(text, anchor.start, anchor.end), orphaned: false } : { orphaned: true })
  }
}

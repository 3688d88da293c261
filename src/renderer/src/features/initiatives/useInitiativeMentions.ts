import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { sentenceAround } from '../sources/reader'

export interface MentionInContext {
  sourceId: string
  sourceTitle: string
  start: number
  end: number
  sentence: string
  /** Offsets of the mention inside `sentence`. */
  at: [number, number]
}

/** Every mention of an entity in every source, with the sentence around it. */
export function useMentionsInContext(entityId: string | undefined): MentionInContext[] | undefined {
  return useLiveQuery(async () => {
    if (!entityId) return []
    const mentions = await db.mentions.where('entityId').equals(entityId).toArray()
    const sources = new Map((await db.sources.bulkGet([...new Set(mentions.map((m) => m.sourceId))])).filter(Boolean).map((s) => [s!.id, s!]))
    return mentions
      .filter((m) => sources.has(m.sourceId))
      .map((m) => {
        const source = sources.get(m.sourceId)!
        const sentence = sentenceAround(source.text, m.start, m.end)
        return {
          sourceId: m.sourceId,
          sourceTitle: source.title,
          start: m.start,
          end: m.end,
          sentence: sentence.text,
          at: [m.start - sentence.start, m.end - sentence.start] as [number, number]
        }
      })
      .sort((a, b) => a.sourceTitle.localeCompare(b.sourceTitle) || a.start - b.start)
  }, [entityId])
}

import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import type { NoteRowView } from './notesFilter'

/** Every annotation (Trash included) with the title of its target, newest edit first. */
export function useNoteRows(): NoteRowView[] | undefined {
  return useLiveQuery(async () => {
    const [annotations, initiatives, meetings, parties, sources] = await Promise.all([
      db.annotations.orderBy('updated').reverse().toArray(),
      db.initiatives.toArray(),
      db.meetings.toArray(),
      db.parties.toArray(),
      db.sources.toArray()
    ])
    const titles = {
      initiative: new Map(initiatives.map((x) => [x.id, x.name])),
      meeting: new Map(meetings.map((x) => [x.id, x.name])),
      party: new Map(parties.map((x) => [x.id, x.name])),
      source: new Map(sources.map((x) => [x.id, x.title]))
    }
    return annotations.map((annotation) => ({ annotation, targetTitle: titles[annotation.targetType].get(annotation.targetId) ?? null }))
  })
}

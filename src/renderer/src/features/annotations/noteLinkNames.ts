import { noteLinks, type LinkType } from '@shared/annotations/noteLinks'
import { db } from '../../db/db'
import { useLiveQuery } from '../../db/useLiveQuery'

/** Where a linked record opens. */
export const LINK_PATHS: Record<LinkType, string> = { initiative: 'initiatives', meeting: 'meetings', party: 'partners', source: 'sources' }

/** The current names of the records a note links to (`type:id` → name): a renamed record shows its new name. */
export function useLinkNames(body: string): Map<string, string> | undefined {
  const links = noteLinks(body)
  const key = links.map((l) => `${l.type}:${l.id}`).join('\n')
  return useLiveQuery(async () => {
    const names = new Map<string, string>()
    const ids = (type: LinkType): string[] => [...new Set(links.filter((l) => l.type === type).map((l) => l.id))]
    const [initiatives, meetings, parties, sources] = await Promise.all([
      db.initiatives.bulkGet(ids('initiative')),
      db.meetings.bulkGet(ids('meeting')),
      db.parties.bulkGet(ids('party')),
      db.sources.bulkGet(ids('source'))
    ])
    for (const r of initiatives) if (r) names.set(`initiative:${r.id}`, r.name)
    for (const r of meetings) if (r) names.set(`meeting:${r.id}`, r.name)
    for (const r of parties) if (r) names.set(`party:${r.id}`, r.name)
    for (const r of sources) if (r) names.set(`source:${r.id}`, r.title)
    return names
  }, [key])
}

import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { humanise } from './format'

export interface Labels {
  party: (id: string) => string
  theme: (id: string) => string
  meeting: (id: string) => string
  initiative: (id: string) => string
}

import { meetingLabel } from '@shared/model/labels'
export { meetingLabel }

/** Display names for dataset ids, falling back to a humanised id while loading or when unknown. */
export function useLabels(): Labels {
  const maps = useLiveQuery(async () => {
    const [parties, themes, meetings, initiatives] = await Promise.all([
      db.parties.toArray(),
      db.themes.toArray(),
      db.meetings.toArray(),
      db.initiatives.toArray()
    ])
    return {
      party: new Map(parties.map((p) => [p.id, p.name])),
      theme: new Map(themes.map((t) => [t.id, t.label])),
      meeting: new Map(meetings.map((m) => [m.id, meetingLabel(m)])),
      initiative: new Map(initiatives.map((i) => [i.id, i.name]))
    }
  })
  const lookup = (map: Map<string, string> | undefined) => (id: string) => map?.get(id) ?? humanise(id)
  return { party: lookup(maps?.party), theme: lookup(maps?.theme), meeting: lookup(maps?.meeting), initiative: lookup(maps?.initiative) }
}

import type { Country } from '@shared/curation/meetingFields'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'

/** Countries a meeting's place, host or chair can name: member states first, then the others. */
export const useCountries = (): Country[] | undefined =>
  useLiveQuery(async () =>
    (await db.parties.toArray())
      .filter((p) => p.kind === 'member-state' || p.kind === 'observer' || p.kind === 'dialogue-partner')
      .sort((a, b) => Number(b.kind === 'member-state') - Number(a.kind === 'member-state') || a.name.localeCompare(b.name))
      .map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }))
  )

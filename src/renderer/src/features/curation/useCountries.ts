import type { Country } from '@shared/curation/meetingFields'
import type { Choices } from '@shared/curation/initiativeFields'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { meetingLabel } from '../dataset/useLabels'

/** Countries a meeting's place, host or chair can name: member states first, then the others. */
export const useCountries = (): Country[] | undefined =>
  useLiveQuery(async () =>
    (await db.parties.toArray())
      .filter((p) => p.kind === 'member-state' || p.kind === 'observer' || p.kind === 'dialogue-partner')
      .sort((a, b) => Number(b.kind === 'member-state') - Number(a.kind === 'member-state') || a.name.localeCompare(b.name))
      .map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }))
  )

/** What a value can point at: every partner, theme and meeting, by the names sources use. */
export const useChoices = (): Choices | undefined =>
  useLiveQuery(async () => {
    const [parties, themes, meetings, initiatives] = await Promise.all([db.parties.toArray(), db.themes.toArray(), db.meetings.toArray(), db.initiatives.toArray()])
    return {
      parties: parties.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
      themes: themes.map((t) => ({ id: t.id, name: t.label })),
      meetings: meetings.map((m) => ({ id: m.id, name: meetingLabel(m) === m.name ? m.name : `${meetingLabel(m)}: ${m.name}`, aliases: [m.name, ...(m.aliases ?? [])], number: m.series === 'ADGMIN' ? m.number : null })),
      initiatives: initiatives.map((i) => ({ id: i.id, name: i.name, aliases: [i.acronym ?? '', ...i.aliases].filter(Boolean) }))
    }
  })

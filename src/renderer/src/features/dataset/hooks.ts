/** Live reads of the dataset tables; `undefined` means still loading. */
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'

// Rows with a null index key are left out of an IndexedDB index, so sort undated records in memory.
const byDate = <T>(key: (row: T) => string | null) => (a: T, b: T) => (key(a) ?? '9999').localeCompare(key(b) ?? '9999')

export const useMeetings = () => useLiveQuery(async () => (await db.meetings.toArray()).sort(byDate((m) => m.startDate)))
export const useMeeting = (id: string | undefined) => useLiveQuery(async () => (id ? ((await db.meetings.get(id)) ?? null) : null), [id])
export const useInitiatives = () => useLiveQuery(() => db.initiatives.orderBy('name').toArray())
export const useInitiative = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await db.initiatives.get(id)) ?? null) : null), [id])
export const useParties = () => useLiveQuery(() => db.parties.toArray())
export const useParty = (id: string | undefined) => useLiveQuery(async () => (id ? ((await db.parties.get(id)) ?? null) : null), [id])
export const useSources = () => useLiveQuery(async () => (await db.sources.toArray()).sort(byDate((s) => s.publishedOn)))
export const useSource = (id: string | undefined) => useLiveQuery(async () => (id ? ((await db.sources.get(id)) ?? null) : null), [id])
export const useThemes = () => useLiveQuery(() => db.themes.toArray())
export const useNoteCount = () => useLiveQuery(() => db.annotations.filter((n) => !n.deleted).count())

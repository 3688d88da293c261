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
/** How many sources there are, from the keys alone (a library of 10,000 reports is 50 MB of text). */
export const useSourceCount = () => useLiveQuery(() => db.sources.count())

/**
 * The first `limit` sources in date order (undated last, then by id), and how many there are:
 * the order is read from the keys alone, and only the records shown are read.
 */
export const useSourcePage = (limit: number) =>
  useLiveQuery(async () => {
    const [dated, all] = await Promise.all([db.sources.orderBy('publishedOn').primaryKeys(), db.sources.toCollection().primaryKeys()])
    const seen = new Set(dated)
    const order = [...dated, ...all.filter((id) => !seen.has(id))]
    const rows = await db.sources.bulkGet(order.slice(0, limit))
    return { total: order.length, sources: rows.filter((s) => s !== undefined) }
  }, [limit])
export const useSource = (id: string | undefined) => useLiveQuery(async () => (id ? ((await db.sources.get(id)) ?? null) : null), [id])
export const useThemes = () => useLiveQuery(() => db.themes.toArray())
export const useNoteCount = () => useLiveQuery(() => db.annotations.filter((n) => !n.deleted).count())

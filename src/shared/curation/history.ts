/**
 * The change history of a record the user made, kept on the record itself (so it travels in
 * backups and survives dataset upgrades with it): what changed, when, from which quote, and the
 * values the change replaced, which is what "Undo" puts back. Undo works as a stack: it reverts
 * the latest change not yet undone and marks it undone; the entry stays, so the history still
 * shows that it happened. Pure.
 */
import { z } from 'zod'
import { isoTime } from '../model/primitives'

/** Older entries beyond this are dropped, oldest first; the record's values are never affected. */
export const HISTORY_LIMIT = 200

export const historyEntrySchema = z.object({
  at: isoTime,
  /** The field's label ("Dates", "Partner"), or `Made` for the record's creation. */
  field: z.string().min(1),
  /** The value as a line of text, as the record page shows it. */
  value: z.string(),
  evidence: z.object({ sourceId: z.string().min(1), quote: z.string().min(1) }).nullable(),
  /** The record's keys as they were before the change; null: cannot be undone (the creation). */
  previous: z.record(z.string(), z.unknown()).nullable(),
  /** Keys the record did not have before the change: undo removes them. */
  absent: z.array(z.string()).optional(),
  /** When it was undone. */
  undone: isoTime.optional()
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

interface WithHistory {
  history?: HistoryEntry[]
}

/** The record after a change: `patch` applied, and an entry recording the keys it replaced. */
export function withChange<T extends object & WithHistory>(
  record: T,
  patch: Partial<T>,
  entry: Omit<HistoryEntry, 'previous' | 'undone' | 'absent'>
): T {
  const previous: Record<string, unknown> = {}
  const absent: string[] = []
  for (const key of Object.keys(patch)) {
    const value = (record as Record<string, unknown>)[key]
    if (value === undefined) absent.push(key)
    else previous[key] = value
  }
  const history = [...(record.history ?? []), { ...entry, previous, ...(absent.length ? { absent } : {}) }].slice(-HISTORY_LIMIT)
  return { ...record, ...patch, history }
}

/** The change "Undo" would revert: the latest one not undone, if it can be. */
export function lastUndoable(history: readonly HistoryEntry[] | undefined): HistoryEntry | null {
  for (let i = (history?.length ?? 0) - 1; i >= 0; i--) {
    const entry = history![i]!
    if (entry.undone) continue
    return entry.previous ? entry : null
  }
  return null
}

/** The record with its latest change reverted and marked undone; null when nothing can be undone. */
export function undoLast<T extends object & WithHistory>(record: T, at: string): { record: T; undone: HistoryEntry } | null {
  const entry = lastUndoable(record.history)
  if (!entry) return null
  const history = record.history!.map((h) => (h === entry ? { ...h, undone: at } : h))
  const next = { ...record, ...entry.previous, history } as Record<string, unknown>
  for (const key of entry.absent ?? []) delete next[key]
  return { record: next as T, undone: entry }
}

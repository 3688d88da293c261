/**
 * Reads that failed for a storage reason, so the screens can say so and recover without a
 * restart. Why this exists: Dexie's `liveQuery` drops a DatabaseClosedError or AbortError
 * without a word (neither a value nor an error reaches the hook), and those are exactly what a
 * full disk produces: Chromium aborts the transactions and closes the connection, Dexie reopens
 * once, and if that reopen fails Dexie stays closed, rejecting every later query, until someone
 * calls `open()`. The screens then showed their loading placeholders until the app restarted.
 *
 * A guarded read (`guardRead`, used by `useLiveQuery`) reports a storage failure here with a way to
 * run it again; `retryReads` reopens the database if it is closed and runs every failed read again,
 * and does so by itself every few seconds while any read is failing.
 */
import { onQuietEnd, writingQuietly } from './quietWrites'
import { liveQuery } from 'dexie'
import { storageFailure } from '@shared/storageErrors'
import { db, reopenIfClosed, type DeskDatabase } from './db'

interface Failure {
  error: unknown
  retry: () => void
}

const failures = new Map<string, Failure>()
const listeners = new Set<() => void>()
let timer: ReturnType<typeof setInterval> | undefined

/** How often failed reads are tried again while any is failing. */
export const RETRY_READS_MS = 4000

function changed(): void {
  if (failures.size && !timer) timer = setInterval(() => void retryReads(), RETRY_READS_MS)
  if (!failures.size && timer) {
    clearInterval(timer)
    timer = undefined
  }
  listeners.forEach((l) => l())
}

export function subscribeReadHealth(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The error of a read that is failing now, or null when all reads work. */
export const readFailure = (): unknown => failures.values().next().value?.error ?? null

export function forgetRead(id: string): void {
  if (failures.delete(id)) changed()
}

/** The value a guarded read gives when it failed for a storage reason (the hook shows "loading"). */
export const READ_FAILED = Symbol('read failed')

/**
 * `querier`, with a storage failure reported (and a value, `READ_FAILED`, given to the live query
 * instead of an error it would drop) and a success clearing an earlier failure. Other errors are
 * thrown as before: a bug still reaches the screen's error boundary.
 */
export function guardRead<T>(id: string, querier: () => Promise<T> | T, retry: () => void): () => Promise<{ value: T } | typeof READ_FAILED> {
  return async () => {
    try {
      const value = await querier()
      forgetRead(id)
      return { value }
    } catch (error) {
      if (!storageFailure(error)) throw error
      failures.set(id, { error, retry })
      changed()
      return READ_FAILED
    }
  }
}

/** Opens the database again if Dexie gave up on it, then runs every failed read again. */
export async function retryReads(database: DeskDatabase = db): Promise<void> {
  await reopenIfClosed(database).catch(() => undefined)
  for (const failure of [...failures.values()]) failure.retry()
}

/**
 * A live query outside React (the search index watchers): `onValue` with every new result. An
 * observer without an error handler turns a failed read into an uncaught error, and the watch would
 * end for good; here a storage failure starts the watch again after `RETRY_READS_MS`, reopening the
 * database if Dexie closed it. Returns the stop function.
 */
export function watchQuery<T>(querier: () => Promise<T>, onValue: (value: T) => void, database: DeskDatabase = db): () => void {
  let subscription: { unsubscribe: () => void } | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  // During a quiet write (an import) the last value stands and nothing is read; after it, a fresh watch.
  let last: { value: T } | null = null
  const quietEnded = onQuietEnd(() => {
    if (stopped) return
    subscription?.unsubscribe()
    start()
  })
  const start = (): void => {
    subscription = liveQuery(async () => (writingQuietly() && last ? last.value : (last = { value: await querier() }).value)).subscribe({
      next: onValue,
      error: (error: unknown) => {
        if (!storageFailure(error)) console.error(error)
        if (stopped) return
        timer = setTimeout(() => {
          void reopenIfClosed(database)
            .catch(() => undefined)
            .then(() => !stopped && start())
        }, RETRY_READS_MS)
      }
    })
  }
  start()
  return () => {
    stopped = true
    quietEnded()
    clearTimeout(timer)
    subscription?.unsubscribe()
  }
}

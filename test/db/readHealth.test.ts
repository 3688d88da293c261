import 'fake-indexeddb/auto'
import { liveQuery, type Subscription } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { READ_FAILED, forgetRead, guardRead, readFailure, retryReads, subscribeReadHealth } from '../../src/renderer/src/db/readHealth'
import type { DeskDatabase } from '../../src/renderer/src/db/db'
import { freshDatabases } from '../support/freshDatabase'

const freshDb = freshDatabases('read-health')
const note = (id: string) => ({ id, kind: 'note' as const, targetType: 'initiative' as const, targetId: 'defa', body: id, tags: [], links: [], created: '2026-01-01', updated: '2026-01-01', deleted: null })

/** A database as Dexie leaves it after Chromium closed the connection and the reopen failed. */
async function closedAfterFailure(): Promise<DeskDatabase> {
  const db = freshDb()
  await db.annotations.bulkAdd([note('a'), note('b'), note('c')])
  db.close()
  return db
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

/** What `useLiveQuery` does: a live query of the guarded read, subscribed again on each retry. */
function watch<T>(id: string, querier: () => Promise<T>) {
  const values: unknown[] = []
  const errors: unknown[] = []
  let subscription: Subscription | null = null
  const subscribe = (): void => {
    subscription?.unsubscribe()
    subscription = liveQuery(guardRead(id, querier, subscribe)).subscribe({ next: (v) => values.push(v), error: (e) => errors.push(e) })
  }
  subscribe()
  return { values, errors, stop: () => subscription?.unsubscribe() }
}

afterEach(() => {
  for (const id of ['notes', 'bug', 'live']) forgetRead(id)
})

describe('reads that fail for a storage reason', () => {
  it("are dropped without a word by Dexie's own liveQuery: the cause of the endless placeholders", async () => {
    const db = await closedAfterFailure()
    const next = vi.fn()
    const error = vi.fn()
    const subscription = liveQuery(() => db.annotations.toArray()).subscribe({ next, error })
    await settle()
    expect(next).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    subscription.unsubscribe()
  })

  it('are reported when guarded, and give their value once the database is opened again', async () => {
    const db = await closedAfterFailure()
    const told = vi.fn()
    const unsubscribe = subscribeReadHealth(told)
    const notes = watch('notes', () => db.annotations.toArray())
    await settle()
    expect(notes.values).toEqual([READ_FAILED])
    expect((readFailure() as Error).name).toBe('DatabaseClosedError')
    expect(told).toHaveBeenCalled()

    await retryReads(db)
    await settle()
    expect(notes.values.at(-1)).toEqual({ value: [note('a'), note('b'), note('c')] })
    expect(readFailure()).toBeNull()
    notes.stop()
    unsubscribe()
  })

  it('still follow changes when guarded', async () => {
    const db = freshDb()
    const live = watch('live', () => db.annotations.count())
    await settle()
    await db.annotations.add(note('d'))
    await settle()
    expect(live.values).toEqual([{ value: 0 }, { value: 1 }])
    live.stop()
  })

  it('leave other errors to the error boundary, as before', async () => {
    const bug = watch('bug', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')")
    })
    await settle()
    expect(bug.errors).toEqual([expect.any(TypeError)])
    expect(readFailure()).toBeNull()
    bug.stop()
  })
})

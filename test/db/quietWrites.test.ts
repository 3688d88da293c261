import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDatabases } from '../support/freshDatabase'
import { watchQuery } from '../../src/renderer/src/db/readHealth'
import { quietly } from '../../src/renderer/src/db/quietWrites'

const freshDb = freshDatabases('desk-quiet')
const settle = () => new Promise((r) => setTimeout(r, 50))

describe('quiet writes', () => {
  it('no live query re-reads between the chunks of an import; each reads once when it ends', async () => {
    const db = freshDb()
    await db.open()
    const seen: number[] = []
    let reads = 0
    const stop = watchQuery(
      async () => {
        reads++
        return db.settings.count()
      },
      (n) => seen.push(n),
      db
    )
    await settle()
    expect(seen).toEqual([0])
    await quietly(async () => {
      for (let i = 0; i < 5; i++) {
        await db.settings.put({ key: `k${i}`, value: i, updated: '2026-01-01T00:00:00.000Z' } as never)
        await settle()
      }
      // Nothing was read while the writes ran.
      expect(reads).toBe(1)
    })
    await settle()
    expect(seen.at(-1)).toBe(5)
    // And it watches again.
    await db.settings.put({ key: 'k9', value: 9, updated: '2026-01-01T00:00:00.000Z' } as never)
    await settle()
    expect(seen.at(-1)).toBe(6)
    stop()
  })
})

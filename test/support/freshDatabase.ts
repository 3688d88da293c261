/**
 * Empty IndexedDB databases for one test file (on fake-indexeddb, which the file imports first),
 * each deleted after the test that opened it.
 */
import { afterEach } from 'vitest'
import { DeskDatabase } from '../../src/renderer/src/db/db'

export function freshDatabases(prefix: string): () => DeskDatabase {
  let counter = 0
  const open: DeskDatabase[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.delete()))
  })
  return () => {
    const db = new DeskDatabase(`${prefix}-${++counter}`)
    open.push(db)
    return db
  }
}

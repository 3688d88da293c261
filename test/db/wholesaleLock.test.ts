import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DeskDatabase } from '../../src/renderer/src/db/db'
import { exclusively } from '../../src/renderer/src/db/locks'
import { DATASET_VERSION_KEY, ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { makeBackup, restoreBackup } from '../../src/renderer/src/features/backup/backupService'
import { readShippedFile } from '../support/dataset'

const NAME = 'wholesale-lock-test'
const windows: DeskDatabase[] = []
/** A window of the app: its own connection to the one database. */
const openWindow = (): DeskDatabase => {
  const database = new DeskDatabase(NAME)
  windows.push(database)
  return database
}
afterEach(async () => {
  for (const w of windows.splice(0)) w.close()
  await new DeskDatabase(NAME).delete()
})

const note = (id: string, body: string) => ({
  id,
  kind: 'note' as const,
  targetType: 'initiative' as const,
  targetId: 'adm-2030',
  body,
  tags: [],
  links: [],
  created: '2026-02-01T10:00:00.000Z',
  updated: '2026-02-01T10:00:00.000Z',
  deleted: null
})

/** A profile an older release left: its dataset version is behind, and the user has a note. */
async function olderProfile(): Promise<void> {
  const first = openWindow()
  await ensureDataset(first, readShippedFile)
  await first.meta.put({ key: DATASET_VERSION_KEY, value: '2025.01.0' })
  await first.annotations.put(note('n-1', 'Kept through the upgrade'))
}

describe('wholesale changes in two windows', () => {
  it('a dataset upgrade started by two windows at once runs once: one backup, one load, the other finds it current', async () => {
    await olderProfile()
    const [a, b] = [openWindow(), openWindow()]
    const outcomes = await Promise.all([ensureDataset(a, readShippedFile), ensureDataset(b, readShippedFile)])
    expect(outcomes.map((o) => o.status).sort()).toEqual(['current', 'loaded'])
    expect(await a.backups.count()).toBe(1)
    expect((await a.annotations.get('n-1'))?.body).toBe('Kept through the upgrade')
  })

  it('a restore waits for a dataset upgrade in another window, and then runs on its result', async () => {
    await olderProfile()
    const [a, b] = [openWindow(), openWindow()]
    const { text } = await makeBackup('1.0.0', a)
    const order: string[] = []
    const upgrade = ensureDataset(a, readShippedFile).then((o) => order.push(`upgrade ${o.status}`))
    const restore = restoreBackup(text, 'replace', '1.0.0', b).then((r) => order.push(`restore ${r.ok}`))
    await Promise.all([upgrade, restore])
    expect(order).toEqual(['upgrade loaded', 'restore true'])
    // Two automatic backups, one before each change, in that order.
    expect((await a.backups.orderBy('created').toArray()).map((r) => r.reason)).toEqual([
      expect.stringMatching(/^before the dataset upgrade from 2025\.01\.0 to /),
      'before a restore'
    ])
  })

  it('a failed change releases the lock for the next', async () => {
    await expect(exclusively(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    expect(await exclusively(() => Promise.resolve('next'))).toBe('next')
  })
})

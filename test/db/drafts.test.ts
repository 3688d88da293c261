import 'fake-indexeddb/auto'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../src/shared/model/annotation'
import { createBackup } from '../../src/shared/backup/backup'
import { db, type DeskDatabase, type StoredDraft } from '../../src/renderer/src/db/db'
import { deleteForever, moveToTrash, updateAnnotation } from '../../src/renderer/src/features/annotations/annotations'
import { discardDraft, editorOpened, heldDraftsStore, isRecoverable, offeredDraft, sweepDrafts, writeDraft } from '../../src/renderer/src/features/annotations/drafts'
import { restoreBackup } from '../../src/renderer/src/features/backup/backupService'
import { freshDatabases } from '../support/freshDatabase'

const freshDb = freshDatabases('drafts-test')
const UPDATED = '2026-03-01T10:00:00.000Z'
const note = (id: string, body: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  kind: 'note',
  targetType: 'initiative',
  targetId: 'adm-2030',
  body,
  tags: [],
  links: [],
  created: UPDATED,
  updated: UPDATED,
  deleted: null,
  ...extra
})
const draft = (id: string, text: string, time: string, basedOn = UPDATED): StoredDraft => ({ id, text, basedOn, time })
const LATER = '2026-03-01T10:05:00.000Z'
const EARLIER = '2026-03-01T09:55:00.000Z'

/** Records the durability of every IndexedDB transaction the database opens. */
function recordDurability(database: DeskDatabase): { stores: string[]; durability: string }[] {
  const seen: { stores: string[]; durability: string }[] = []
  database.use({
    stack: 'dbcore',
    name: 'recordDurability',
    level: 0,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const tx = down.transaction(stores, mode, options)
        if (mode === 'readwrite') seen.push({ stores: [...stores], durability: (tx as unknown as IDBTransaction).durability })
        return tx
      }
    })
  })
  return seen
}

describe('drafts', () => {
  it('are held in memory when the disk refuses them, offered until kept or discarded, and let go once one is written', async () => {
    const database = freshDb()
    await database.annotations.put(note('n-held', 'Stored'))
    const refused = vi.spyOn(database.drafts, 'put').mockRejectedValueOnce(new DOMException('Internal error.', 'UnknownError'))
    await expect(writeDraft('n-held', 'Typed while the disk was full', UPDATED, database)).rejects.toThrow()
    refused.mockRestore()
    const held = heldDraftsStore.get('n-held')!
    expect(held.text).toBe('Typed while the disk was full')
    expect(offeredDraft(held, note('n-held', 'Stored'), false)).toEqual(held)
    await writeDraft('n-held', 'Typed once there was room', UPDATED, database)
    expect(heldDraftsStore.get('n-held')).toBeUndefined()
    vi.spyOn(database.drafts, 'put').mockRejectedValueOnce(new DOMException('', 'QuotaExceededError'))
    await expect(writeDraft('n-held', 'Again', UPDATED, database)).rejects.toThrow()
    await discardDraft('n-held', database)
    expect(heldDraftsStore.get('n-held')).toBeUndefined()
  })

  it('are written in strictly durable transactions, as is all the user’s own work; imports and caches stay relaxed', async () => {
    const database = freshDb()
    const seen = recordDurability(database)
    await database.annotations.put(note('n-1', 'Stored'))
    await writeDraft('n-1', 'Stored and more', UPDATED, database)
    await database.collections.put({ id: 'c-1', name: 'Chapter', description: '', items: [], created: UPDATED, updated: UPDATED, deleted: null })
    // The stores an import chunk and the search cache write together.
    await database.transaction('rw', [database.sources, database.mentions], () => database.mentions.clear())
    await database.transaction('rw', [database.searchIndexes, database.meta], () => database.meta.put({ key: 'x', value: 1 }))
    expect(seen).toEqual([
      { stores: ['annotations'], durability: 'strict' },
      { stores: ['drafts'], durability: 'strict' },
      { stores: ['collections'], durability: 'strict' },
      { stores: ['sources', 'mentions'], durability: 'relaxed' },
      { stores: ['searchIndexes', 'meta'], durability: 'relaxed' }
    ])
    expect(await database.drafts.get('n-1')).toMatchObject({ id: 'n-1', text: 'Stored and more', basedOn: UPDATED })
  })

  it('win only with different text, newer than the stored note or typed over it', () => {
    expect(isRecoverable(draft('n', 'More', LATER), note('n', 'Less'))).toBe(true)
    expect(isRecoverable(draft('n', 'Less', LATER), note('n', 'Less'))).toBe(false)
    expect(isRecoverable(draft('n', 'More', EARLIER, EARLIER), note('n', 'Less'))).toBe(false)
    expect(isRecoverable(draft('n', 'More', UPDATED, EARLIER), note('n', 'Less'))).toBe(false)
    // Typed over the stored version: newer whatever the clock says.
    expect(isRecoverable(draft('n', 'More', EARLIER, UPDATED), note('n', 'Less'))).toBe(true)
    expect(isRecoverable(draft('n', 'More', LATER), note('n', 'Less', { deleted: LATER }))).toBe(false)
    expect(isRecoverable(draft('n', 'More', LATER), undefined)).toBe(false)
  })

  it('are offered by an editor until it types, and by a read view while no editor is open', () => {
    const left = draft('n', 'More', LATER)
    const stored = note('n', 'Less')
    expect(offeredDraft(left, stored)).toBe(left)
    const close = editorOpened('n')
    expect(offeredDraft(left, stored)).toBeUndefined()
    expect(offeredDraft(left, stored, false)).toBe(left)
    expect(offeredDraft(left, stored, true)).toBeUndefined()
    close()
    // An editor closed while its save failed: its text is offered, not kept out of sight.
    expect(offeredDraft(left, stored)).toBe(left)
    expect(offeredDraft(draft('n', 'Less', LATER), stored)).toBeUndefined()
  })

  it('are swept at start: stale ones deleted, newer ones kept, old localStorage drafts moved in', async () => {
    const database = freshDb()
    await database.annotations.bulkPut([note('new', 'a'), note('old', 'a'), note('same', 'a'), note('legacy', 'a'), note('trashed', 'a', { deleted: LATER })])
    await database.drafts.bulkPut([draft('new', 'ab', LATER), draft('old', 'ab', EARLIER, EARLIER), draft('same', 'a', LATER), draft('trashed', 'ab', LATER), draft('gone', 'ab', LATER)])
    const storage = new Map([['desk:draft:legacy', 'a and more'], ['desk:draft:missing', 'x'], ['desk:theme', 'dark']])
    vi.stubGlobal('localStorage', {
      get length() {
        return storage.size
      },
      key: (i: number) => [...storage.keys()][i] ?? null,
      getItem: (k: string) => storage.get(k) ?? null,
      removeItem: (k: string) => storage.delete(k)
    })
    try {
      expect(await sweepDrafts(database)).toBe(2)
    } finally {
      vi.unstubAllGlobals()
    }
    expect((await database.drafts.toArray()).map((d) => [d.id, d.text])).toEqual([
      ['legacy', 'a and more'],
      ['new', 'ab']
    ])
    expect([...storage.keys()]).toEqual(['desk:theme'])
  })
})

describe('drafts are cleared with the note', () => {
  afterEach(async () => {
    await db.transaction('rw', db.annotations, db.drafts, async () => {
      await db.annotations.clear()
      await db.drafts.clear()
    })
  })
  afterAll(() => db.delete())

  it('when its body is saved, not when only its tags change', async () => {
    await db.annotations.put(note('n-1', 'a'))
    await writeDraft('n-1', 'ab', UPDATED)
    await updateAnnotation('n-1', { tags: ['x'] })
    expect(await db.drafts.count()).toBe(1)
    await updateAnnotation('n-1', { body: 'ab' })
    expect(await db.drafts.count()).toBe(0)
  })

  it('when it goes to the Trash or is deleted for ever', async () => {
    await db.annotations.bulkPut([note('n-1', 'a'), note('n-2', 'b'), note('n-3', 'c')])
    await Promise.all(['n-1', 'n-2', 'n-3'].map((id) => writeDraft(id, 'more', UPDATED)))
    await moveToTrash(['n-1'])
    await deleteForever(['n-2'])
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['n-3'])
  })
})

describe('a restore', () => {
  const restoreWith = async (mode: 'replace' | 'merge', incoming: Annotation[]): Promise<string[]> => {
    const database = freshDb()
    await database.annotations.bulkPut([note('kept', 'a'), note('replaced', 'b')])
    await database.drafts.bulkPut([draft('kept', 'a+', LATER), draft('replaced', 'b+', LATER), draft('orphan', 'c+', LATER)])
    const text = await createBackup({ importedSources: [], userInitiatives: [], userMeetings: [], corrections: [], userParties: [], annotations: incoming, collections: [], settings: [] }, '1', LATER)
    const restored = await restoreBackup(text, mode, '1.0.0', database)
    expect(restored.ok).toBe(true)
    return database.drafts.toCollection().primaryKeys()
  }
  const newer = note('replaced', 'from the backup', { updated: LATER })

  it('replacing the data clears the drafts of every note it replaced or removed', async () => {
    expect(await restoreWith('replace', [newer])).toEqual([])
  })

  it('merging keeps the draft of a note it left as it was', async () => {
    expect(await restoreWith('merge', [newer])).toEqual(['kept'])
  })
})

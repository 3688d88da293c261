import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addToCollection, createCollection, moveCollectionItem, removeFromCollection, saveCollectionText } from '../../src/renderer/src/features/annotations/annotations'
import { db } from '../../src/renderer/src/db/db'

const item = (id: string) => ({ type: 'initiative' as const, id })
const ids = async (id: string) => (await db.collections.get(id))?.items.map((i) => i.id)

describe('collections written from two windows', () => {
  it('a move or a removal applies to the stored list: an item the other window added meanwhile stays', async () => {
    const c = await createCollection('Chapter 3')
    await addToCollection(c.id, [item('a'), item('b'), item('c')])
    // This window read [a, b, c]; the other window adds d.
    await addToCollection(c.id, [item('d')])
    await moveCollectionItem(c.id, item('c'), 0)
    expect(await ids(c.id)).toEqual(['c', 'a', 'b', 'd'])
    await removeFromCollection(c.id, item('a'))
    expect(await ids(c.id)).toEqual(['c', 'b', 'd'])
    // An item the other window removed first: nothing happens, nothing fails.
    await moveCollectionItem(c.id, item('a'), 2)
    await removeFromCollection(c.id, item('a'))
    expect(await ids(c.id)).toEqual(['c', 'b', 'd'])
  })

  it('a name saved from an older read is refused with the other window’s text; from the current one it is saved', async () => {
    const c = await createCollection('Chapter 3')
    expect(await saveCollectionText(c.id, 'name', 'Chapter 3: AI', 'Chapter 3')).toEqual({ saved: true })
    // The other window, which read "Chapter 3", saves its own name.
    expect(await saveCollectionText(c.id, 'name', 'Chapter three', 'Chapter 3')).toEqual({ saved: false, theirs: 'Chapter 3: AI' })
    expect((await db.collections.get(c.id))?.name).toBe('Chapter 3: AI')
    // The same text as stored is no conflict.
    expect(await saveCollectionText(c.id, 'name', 'Chapter 3: AI', 'Chapter 3')).toEqual({ saved: true })
    expect(await saveCollectionText(c.id, 'description', 'Sources on AI', '')).toEqual({ saved: true })
    expect((await db.collections.get(c.id))?.description).toBe('Sources on AI')
  })
})

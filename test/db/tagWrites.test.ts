import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addTags, createNote, updateAnnotation, WriteError } from '../../src/renderer/src/features/annotations/annotations'
import { db } from '../../src/renderer/src/db/db'

describe('tags as notes store them', () => {
  it('stores each tag once in its one written form', async () => {
    const note = await createNote('initiative', 'adm-2030', 'Body', ['A\u200Bb', 'ab'])
    expect(note.tags).toEqual(['ab'])
    await updateAnnotation(note.id, { tags: ['ab', '\u202Egnirts', 'cafe\u0301'] })
    await addTags([note.id], ['Caf\u00e9'])
    expect((await db.annotations.get(note.id))?.tags).toEqual(['ab', 'gnirts', 'caf\u00e9'])
  })

  it('refuses a tag over the limit instead of cutting it, and changes nothing', async () => {
    const note = await createNote('initiative', 'adm-2030', 'Body', ['keep'])
    const long = 'x'.repeat(10_000)
    await expect(createNote('initiative', 'adm-2030', 'Other', [long])).rejects.toThrow(WriteError)
    await expect(updateAnnotation(note.id, { tags: ['keep', long] })).rejects.toThrow(/at most 60 characters/)
    await expect(addTags([note.id], [long])).rejects.toThrow(/at most 60 characters/)
    expect(await db.annotations.get(note.id)).toEqual(note)
  })
})

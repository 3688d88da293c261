/**
 * Writes to the user's annotations and collections. Each is one Dexie transaction; a failed write
 * rejects with a `WriteError` whose message can be shown as is, and the caller keeps the user's
 * text on screen.
 */
import type { Annotation, Collection, CollectionItem, EntityType, HighlightColor } from '@shared/model/annotation'
import { cleanTags } from '@shared/annotations/tags'
import { describePassage } from '@shared/annotations/anchoring'
import { desk } from '../../platform/desk'
import { describeStorageError, storageFailure } from '@shared/storageErrors'
import { db } from '../../db/db'

export class WriteError extends Error {
  override name = 'WriteError'
}

/** A save to a note that is gone (deleted for ever, or replaced by a restore in another window). */
export class NoteGone extends WriteError {
  override name = 'NoteGone'
}

const now = (): string => new Date().toISOString()
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`

/** Turns IndexedDB failures into a sentence a researcher can act on; `room` is what was free after it. */
export function explainWriteFailure(error: unknown, room?: { free: number } | null): string {
  return describeStorageError(error, { happened: 'this change was not saved', kept: 'everything saved before is safe' }, room)
}

/**
 * The disk's free space, asked after a failed write to tell a full disk from a failing one; null
 * where it cannot be known safely and soon. Only the desktop app reads it (main's `statfs`): a
 * browser can only probe its quota with a file in its private file system, and on a disk with no
 * room at all that probe brought Chromium's page down (storage e2e).
 */
async function roomLeft(): Promise<{ free: number } | null> {
  if (desk.platform !== 'electron') return null
  const asked = desk.storageSpace().then((r) => (r.ok ? r.value : null))
  return Promise.race([asked, new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]).catch(() => null)
}

/** Tags as stored (`cleanTags`); a tag over the length limit refuses the write, never cut. */
function storedTags(tags: readonly string[]): string[] {
  const clean = cleanTags(tags)
  if (!clean.ok) throw new WriteError(clean.error)
  return clean.value
}

async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(explainWriteFailure(error, storageFailure(error) ? await roomLeft() : null))
  }
}

export function createNote(targetType: EntityType | 'source', targetId: string, body = '', tags: string[] = []): Promise<Annotation> {
  const time = now()
  return write(async () => {
    const note: Annotation = { id: newId('note'), kind: 'note', targetType, targetId, body, tags: storedTags(tags), links: [], created: time, updated: time, deleted: null }
    await db.annotations.add(note)
    return note
  })
}

export function createHighlight(sourceId: string, text: string, start: number, end: number, color: HighlightColor, links: string[] = []): Promise<Annotation> {
  const time = now()
  const highlight: Annotation = {
    id: newId('hl'),
    kind: 'highlight',
    targetType: 'source',
    targetId: sourceId,
    selector: describePassage(text, start, end),
    body: '',
    tags: [],
    color,
    links,
    created: time,
    updated: time,
    deleted: null
  }
  return write(async () => {
    await db.annotations.add(highlight)
    return highlight
  })
}

/**
 * Saves an edit; `updated` moves only when something changed. Saving the body deletes the note's
 * draft: transactions run in the order they were made, so any draft this one sees was written
 * before the text being saved was read, and holds nothing newer.
 */
export function updateAnnotation(id: string, changes: Partial<Pick<Annotation, 'body' | 'tags' | 'color' | 'links'>>): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.annotations, db.drafts, async () => {
      const current = await db.annotations.get(id)
      if (!current) throw new Error('the note no longer exists')
      if (changes.body !== undefined) await db.drafts.delete(id)
      const next = { ...current, ...changes, ...(changes.tags ? { tags: storedTags(changes.tags) } : {}) }
      if (JSON.stringify(next) === JSON.stringify(current)) return
      await db.annotations.put({ ...next, updated: now() })
    })
  })
}

/** The stored text an editor started from: its `updated` and its body when the editor read it. */
export interface NoteBase {
  updated: string
  body: string
}

/** What a checked save did: saved (with the new version), or refused because another window saved first. */
export type NoteSave = { saved: true; base: NoteBase } | { saved: false; theirs: NoteBase }

/**
 * Saves a note's text only if nobody else changed it since `base` was read (optimistic
 * concurrency, checked inside the write transaction). The text counts as changed elsewhere when
 * `updated` moved and the body differs from both `base` and the text being saved (a change of
 * tags alone moves `updated` and is no conflict). A refused save writes nothing, keeps the draft,
 * and returns the stored text so the editor can show both.
 */
export function saveNoteBody(id: string, body: string, base: NoteBase): Promise<NoteSave> {
  return write(() =>
    db.transaction('rw', db.annotations, db.drafts, async (): Promise<NoteSave> => {
      const current = await db.annotations.get(id)
      if (!current) throw new NoteGone('the note no longer exists')
      const theirs = { updated: current.updated, body: current.body }
      if (current.updated !== base.updated && current.body !== base.body && current.body !== body) return { saved: false, theirs }
      await db.drafts.delete(id)
      if (current.body === body) return { saved: true, base: theirs }
      const updated = now()
      await db.annotations.put({ ...current, body, updated })
      return { saved: true, base: { updated, body } }
    })
  )
}

/** Re-points a detached highlight at a newly selected passage. */
export function reattachHighlight(id: string, text: string, start: number, end: number): Promise<void> {
  return write(async () => {
    await db.annotations.update(id, { selector: describePassage(text, start, end), orphaned: false, updated: now() })
  })
}

/** The ids most recently sent to the Trash, for Ctrl/Cmd+Z. */
let lastDeleted: string[] = []

export function moveToTrash(ids: readonly string[]): Promise<void> {
  const time = now()
  return write(async () => {
    await db.transaction('rw', db.annotations, db.drafts, async () => {
      for (const id of ids) await db.annotations.update(id, { deleted: time })
      await db.drafts.bulkDelete([...ids])
    })
    lastDeleted = [...ids]
  })
}

export function restoreFromTrash(ids: readonly string[]): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.annotations, async () => {
      for (const id of ids) await db.annotations.update(id, { deleted: null })
    })
  })
}

/** Restores the last batch moved to the Trash; returns how many came back. */
export async function undoLastDelete(): Promise<number> {
  const ids = lastDeleted
  if (ids.length === 0) return 0
  await restoreFromTrash(ids)
  lastDeleted = []
  return ids.length
}

export const hasUndoableDelete = (): boolean => lastDeleted.length > 0

export function deleteForever(ids: readonly string[]): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.annotations, db.collections, db.drafts, async () => {
      await db.annotations.bulkDelete([...ids])
      await db.drafts.bulkDelete([...ids])
      const gone = new Set(ids)
      await db.collections.toCollection().modify((c) => {
        c.items = c.items.filter((item) => !(item.type === 'annotation' && gone.has(item.id)))
      })
    })
  })
}

export function addTags(ids: readonly string[], tags: readonly string[]): Promise<void> {
  return write(async () => {
    const clean = storedTags(tags)
    await db.transaction('rw', db.annotations, async () => {
      const time = now()
      for (const id of ids) {
        const a = await db.annotations.get(id)
        if (a) await db.annotations.put({ ...a, tags: [...new Set([...a.tags, ...clean])], updated: time })
      }
    })
  })
}

// Collections

export function createCollection(name: string, description = ''): Promise<Collection> {
  const time = now()
  const collection: Collection = { id: newId('col'), name: name.trim() || 'Untitled collection', description, items: [], created: time, updated: time, deleted: null }
  return write(async () => {
    await db.collections.add(collection)
    return collection
  })
}

/** A collection's name or description, and the text the user started editing from. */
export type CollectionText = 'name' | 'description'

/**
 * Saves a collection's name or description only if nobody else changed it since the user read
 * `from` (optimistic concurrency, checked inside the transaction). A refused save writes nothing
 * and returns the stored text, for the screen to say what the other window wrote.
 */
export function saveCollectionText(id: string, field: CollectionText, value: string, from: string): Promise<{ saved: true } | { saved: false; theirs: string }> {
  return write(() =>
    db.transaction('rw', db.collections, async () => {
      const current = await db.collections.get(id)
      if (!current) throw new Error('the collection no longer exists')
      const theirs = current[field]
      if (theirs === value) return { saved: true as const }
      if (theirs !== from) return { saved: false as const, theirs }
      await db.collections.put({ ...current, [field]: value, updated: now() })
      return { saved: true as const }
    })
  )
}

const itemKey = (item: CollectionItem): string => `${item.type}:${item.id}`

/**
 * Moves `item` to position `to` of the collection as it is stored now, not as the screen last
 * read it: an item another window added meanwhile stays. Nothing happens if the item is gone.
 */
export function moveCollectionItem(id: string, item: CollectionItem, to: number): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.collections, async () => {
      const c = await db.collections.get(id)
      if (!c) throw new Error('the collection no longer exists')
      const from = c.items.findIndex((i) => itemKey(i) === itemKey(item))
      if (from === -1 || from === to) return
      await db.collections.put({ ...c, items: moveItem(c.items, from, to), updated: now() })
    })
  })
}

/** Removes `item` from the collection as it is stored now (see `moveCollectionItem`). */
export function removeFromCollection(id: string, item: CollectionItem): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.collections, async () => {
      const c = await db.collections.get(id)
      if (!c) throw new Error('the collection no longer exists')
      const items = c.items.filter((i) => itemKey(i) !== itemKey(item))
      if (items.length !== c.items.length) await db.collections.put({ ...c, items, updated: now() })
    })
  })
}

export function addToCollection(id: string, items: readonly CollectionItem[]): Promise<void> {
  return write(async () => {
    await db.transaction('rw', db.collections, async () => {
      const c = await db.collections.get(id)
      if (!c) throw new Error('the collection no longer exists')
      const seen = new Set(c.items.map(itemKey))
      const added = items.filter((i) => !seen.has(itemKey(i)))
      await db.collections.put({ ...c, items: [...c.items, ...added], updated: now() })
    })
  })
}

export function deleteCollection(id: string): Promise<void> {
  return write(async () => {
    await db.collections.delete(id)
  })
}

/** Moves the item at `from` to `to` (clamped); pure, for drag and keyboard reordering alike. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items]
  if (from < 0 || from >= next.length) return next
  const [item] = next.splice(from, 1)
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item as T)
  return next
}

export type { Annotation, Collection, CollectionItem }

/**
 * Drafts: the text of a note as it is typed, in IndexedDB (`db.drafts`), written a moment after
 * each pause and at least once a second while typing goes on, so a crash or a kill loses at most
 * about a second of typing. The note itself still saves as before (`useAutosave`); saving it,
 * deleting it or restoring a backup clears its draft in the same transaction. After a crash, a
 * draft newer than the stored note is offered on the note (Keep / Discard); an older one never
 * wins and is deleted when the app starts.
 */
import type { Annotation } from '@shared/model/annotation'
import { db, type DeskDatabase, type StoredDraft } from '../../db/db'
import { updateAnnotation } from './annotations'

/** How long after a keystroke the draft is written: well inside the note's save delay. */
export const DRAFT_DELAY_MS = 150
/** The most typing a crash may lose while the user types without a pause. */
export const DRAFT_MAX_WAIT_MS = 1000

/** The key the previous version kept a draft under in localStorage. */
const LEGACY_PREFIX = 'desk:draft:'

/** How many editors are open on each note: while one is, the note's draft is its work in progress. */
const openEditors = new Map<string, number>()

/** Marks an editor open on a note until the returned function is called. */
export function editorOpened(id: string): () => void {
  openEditors.set(id, (openEditors.get(id) ?? 0) + 1)
  return () => {
    const left = (openEditors.get(id) ?? 1) - 1
    if (left > 0) openEditors.set(id, left)
    else openEditors.delete(id)
  }
}

/** Writes a draft in a transaction of its own, which the database makes strictly durable. */
export async function writeDraft(
  id: string,
  text: string,
  basedOn: string,
  database: DeskDatabase = db
): Promise<void> {
  const row: StoredDraft = { id, text, basedOn, time: new Date().toISOString() }
  try {
    await database.transaction('rw', database.drafts, () => database.drafts.put(row))
    if (heldDrafts.delete(id)) heldChanged()
  } catch (error) {
    // The disk refused it too (full, or Chromium closed the database after an I/O error): the
    // text is held in memory, offered like a stored draft while the app runs, so leaving the
    // note does not lose it; once there is room, Keep saves it.
    heldDrafts.set(id, row)
    heldChanged()
    throw error
  }
}

/** Drafts the disk would not take, by note id, for as long as the app runs. */
const heldDrafts = new Map<string, StoredDraft>()
const heldListeners = new Set<() => void>()
let heldVersion = 0
const heldChanged = (): void => {
  heldVersion++
  heldListeners.forEach((l) => l())
}
export const heldDraftsStore = {
  subscribe(listener: () => void): () => void {
    heldListeners.add(listener)
    return () => heldListeners.delete(listener)
  },
  version: (): number => heldVersion,
  get: (id: string): StoredDraft | undefined => heldDrafts.get(id)
}

/** The newer of a stored draft and one held in memory. */
export const newerDraft = (a: StoredDraft | undefined, b: StoredDraft | undefined): StoredDraft | undefined => (!a ? b : !b ? a : a.time >= b.time ? a : b)

/**
 * Whether a draft holds text the stored note lacks: it differs, and it was typed over the stored
 * version (a clock-free proof it came later) or written after that version was saved.
 */
export function isRecoverable(draft: StoredDraft, annotation: Annotation | undefined): boolean {
  if (!annotation || annotation.deleted) return false
  if (draft.text === annotation.body) return false
  return draft.basedOn === annotation.updated || draft.time > annotation.updated
}

/**
 * The draft to offer on a note, else undefined. An editor offers it until it writes a draft of its
 * own (`editorWrote`); a read view offers it while no editor is open on the note, so text left
 * by a crash, or by an editor closed while its save was failing, is shown rather than kept silently.
 */
export function offeredDraft(draft: StoredDraft | undefined, annotation: Annotation, editorWrote?: boolean): StoredDraft | undefined {
  if (!draft || !isRecoverable(draft, annotation)) return undefined
  const inProgress = editorWrote ?? openEditors.has(draft.id)
  return inProgress ? undefined : draft
}

/** Makes the draft the note's text; the save clears the draft. */
export const keepDraft = async (draft: StoredDraft): Promise<void> => {
  await updateAnnotation(draft.id, { body: draft.text })
  if (heldDrafts.delete(draft.id)) heldChanged()
}

export async function discardDraft(id: string, database: DeskDatabase = db): Promise<void> {
  if (heldDrafts.delete(id)) heldChanged()
  await database.drafts.delete(id)
}

/** Drafts the previous version left in localStorage, moved into the table once. */
function legacyDrafts(): { key: string; id: string; text: string }[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '')
      .filter((key) => key.startsWith(LEGACY_PREFIX))
      .map((key) => ({ key, id: key.slice(LEGACY_PREFIX.length), text: localStorage.getItem(key) ?? '' }))
  } catch {
    return [] // No localStorage (tests, a locked-down profile): nothing to move.
  }
}

/**
 * At start: moves drafts from localStorage into the table and deletes every draft that cannot win
 * (its note is gone or in the Trash, or the stored text is as new). Returns how many are offered.
 */
export async function sweepDrafts(database: DeskDatabase = db): Promise<number> {
  const legacy = legacyDrafts()
  const offered = await database.transaction('rw', database.drafts, database.annotations, async () => {
    const time = new Date().toISOString()
    for (const { id, text } of legacy) {
      const annotation = await database.annotations.get(id)
      // The old draft carried no time; it was kept only while unsaved, so it is as new as its note.
      if (!annotation || (await database.drafts.get(id))) continue
      await database.drafts.put({ id, text, basedOn: annotation.updated, time })
    }
    const drafts = await database.drafts.toArray()
    const annotations = await database.annotations.bulkGet(drafts.map((d) => d.id))
    const stale = drafts.filter((d, i) => !isRecoverable(d, annotations[i])).map((d) => d.id)
    await database.drafts.bulkDelete(stale)
    return drafts.length - stale.length
  })
  // Only once the table holds them.
  legacy.forEach(({ key }) => localStorage.removeItem(key))
  return offered
}

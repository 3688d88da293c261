/**
 * Storage failures in words a researcher can act on. IndexedDB reports a full disk as
 * QuotaExceededError, a failing or vanished disk as UnknownError, a connection Chromium closed as
 * InvalidStateError, and everything caught up in those as AbortError; Dexie wraps them (its own
 * classes of the same names with the original as `inner`, a BulkError with one error per failed
 * row in `failures`), and the main process reports file errors as text with a code (ENOSPC).
 * `describeStorageError` reads through all of that and says what happened, what was kept and what
 * to do. Pure: used by the renderer, the search worker and the main process alike.
 *
 * When adding a place where stored data can fail to be written, pass its error through here.
 */

export type StorageFailure = 'full' | 'unwritable' | 'closed' | 'interrupted'

/** The most telling first: a full disk explains the aborts it caused. */
const ORDER: StorageFailure[] = ['full', 'unwritable', 'closed', 'interrupted']

const BY_NAME: Record<string, StorageFailure> = {
  QuotaExceededError: 'full',
  UnknownError: 'unwritable',
  ReadOnlyError: 'unwritable',
  NotReadableError: 'unwritable',
  InvalidStateError: 'closed',
  DatabaseClosedError: 'closed',
  OpenFailedError: 'closed',
  AbortError: 'interrupted',
  TransactionInactiveError: 'interrupted',
  PrematureCommitError: 'interrupted',
  TimeoutError: 'interrupted'
}

const BY_CODE: Record<string, StorageFailure> = { ENOSPC: 'full', EDQUOT: 'full', EROFS: 'unwritable', EIO: 'unwritable' }

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  inner?: unknown
  cause?: unknown
  failures?: unknown
  failuresByPos?: unknown
}

/** Every error inside `error`: itself, what it wraps, and each failed row of a bulk operation. */
function* nested(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 4) return
  yield error
  if (typeof error !== 'object') return
  const e = error as ErrorLike
  yield* nested(e.inner, depth + 1)
  yield* nested(e.cause, depth + 1)
  const failures = Array.isArray(e.failures) ? e.failures : e.failuresByPos && typeof e.failuresByPos === 'object' ? Object.values(e.failuresByPos) : []
  // One of each kind is enough: a BulkError can hold 100,000 of the same AbortError.
  const seen = new Set<unknown>()
  for (const f of failures) {
    const name = (f as ErrorLike | null)?.name
    if (seen.has(name)) continue
    seen.add(name)
    yield* nested(f, depth + 1)
  }
}

function kindOf(error: unknown): StorageFailure | null {
  if (typeof error === 'string') {
    const code = /\b(ENOSPC|EDQUOT|EROFS|EIO)\b/.exec(error)?.[1]
    if (code) return BY_CODE[code]!
    const name = /\b(QuotaExceededError|UnknownError|InvalidStateError|DatabaseClosedError|AbortError)\b/.exec(error)?.[1]
    return name ? BY_NAME[name]! : /no space left|disk is full/i.test(error) ? 'full' : null
  }
  const e = error as ErrorLike
  if (typeof e.name === 'string' && BY_NAME[e.name]) return BY_NAME[e.name]!
  if (typeof e.code === 'string' && BY_CODE[e.code]) return BY_CODE[e.code]!
  return typeof e.message === 'string' && /ENOSPC|no space left on device/i.test(e.message) ? 'full' : null
}

/** What kind of storage failure `error` is, if it is one; null for anything else (a bug, a bad file). */
export function storageFailure(error: unknown): StorageFailure | null {
  const kinds = new Set<StorageFailure>()
  for (const e of nested(error)) {
    const kind = kindOf(e)
    if (kind) kinds.add(kind)
  }
  return ORDER.find((k) => kinds.has(k)) ?? null
}

export interface Consequence {
  /** What became of the action: "the import stopped and nothing of it was stored". */
  happened: string
  /** What is safe: "your notes are safe". */
  kept: string
  /** What to do, when the usual advice for the failure does not fit. */
  advice?: string
}

const CAUSE: Record<StorageFailure, string> = {
  full: 'The disk is full',
  unwritable: 'The disk could not be written to (it may be full, removed or failing)',
  closed: "The app's storage was closed after an error (often a full disk)",
  interrupted: 'Storing was interrupted before it finished'
}

const ADVICE: Record<StorageFailure, string> = {
  full: 'Free some space and try again.',
  unwritable: 'Free some space, check the disk, then try again.',
  closed: 'Free some space, then try again; if it keeps failing, restart the app.',
  interrupted: 'Try again; if it happens again, free some disk space and restart the app.'
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : typeof error === 'string' ? error : String(error))

/** Below this much room, a write that failed is put down to a full disk. */
export const NO_ROOM_BYTES = 1024 * 1024

/**
 * One sentence for the user: the cause, what happened, what was kept, what to do. An error that
 * is not a storage failure is named by its own message, after what happened. Chromium reports a
 * full disk as QuotaExceededError or, depending on where LevelDB was when the room ran out, as
 * UnknownError; with the room left (`room`, read after the failure) an UnknownError or a closed
 * database on a disk with almost nothing free is called what it is.
 */
export function describeStorageError(error: unknown, consequence: Consequence, room?: { free: number } | null): string {
  const found = storageFailure(error)
  const kind = (found === 'unwritable' || found === 'closed') && room && room.free < NO_ROOM_BYTES ? 'full' : found
  if (!kind) return `${capitalise(consequence.happened)} (${messageOf(error).trim() || 'unknown error'}); ${consequence.kept}.`
  return `${CAUSE[kind]}: ${consequence.happened}; ${consequence.kept}. ${consequence.advice ?? ADVICE[kind]}`
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { describeStorageError, storageFailure } from '../../src/shared/storageErrors'

const domError = (name: string, message = ''): DOMException => new DOMException(message, name)
const importStopped = { happened: 'the import stopped and nothing of it was stored', kept: 'your notes are safe' }

/** The error the report saw: a bulkPut whose rows all failed because the transaction was aborted. */
function bulkOfAborts(count: number, cause?: unknown): Error {
  const failures = Object.fromEntries(Array.from({ length: count }, (_, i) => [i, new Dexie.AbortError('The transaction was aborted, so the request cannot be fulfilled.')]))
  const error = new Dexie.BulkError(`mentions.bulkPut(): ${count} of ${count} operations failed`, failures as never)
  if (cause) Object.assign(error, { cause })
  return error
}

describe('storageFailure', () => {
  it.each([
    ['a DOMException', domError('QuotaExceededError'), 'full'],
    ["Dexie's wrapper", new Dexie.QuotaExceededError(domError('QuotaExceededError')), 'full'],
    ['an AbortError wrapping the full disk', new Dexie.AbortError('aborted', domError('QuotaExceededError')), 'full'],
    ['a BulkError whose transaction ran out of room', bulkOfAborts(3, domError('QuotaExceededError')), 'full'],
    ['a BulkError of aborts alone', bulkOfAborts(72_790), 'interrupted'],
    ['a failing disk', domError('UnknownError', 'Internal error committing transaction.'), 'unwritable'],
    ['a closed connection', domError('InvalidStateError', 'The database connection is closing.'), 'closed'],
    ["Dexie's closed database", new Dexie.DatabaseClosedError(), 'closed'],
    ['an open that failed', new Dexie.OpenFailedError(domError('UnknownError')), 'unwritable'],
    ['a file write from main, as text', 'ENOSPC: no space left on device, write', 'full'],
    ['a Node error', Object.assign(new Error('write failed'), { code: 'ENOSPC' }), 'full'],
    ['the worker status as text', 'QuotaExceededError ', 'full']
  ])('reads %s', (_label, error, kind) => {
    expect(storageFailure(error)).toBe(kind)
  })

  it('leaves other errors alone: a bug is not a full disk', () => {
    expect(storageFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull()
    expect(storageFailure(new Dexie.ConstraintError('Key already exists'))).toBeNull()
    expect(storageFailure(undefined)).toBeNull()
  })
})

describe('describeStorageError', () => {
  it('says what happened, what was kept and what to do, in the words of the report', () => {
    expect(describeStorageError(domError('QuotaExceededError'), importStopped)).toBe(
      'The disk is full: the import stopped and nothing of it was stored; your notes are safe. Free some space and try again.'
    )
  })

  it('never shows the technical names', () => {
    for (const error of [new Dexie.QuotaExceededError(domError('QuotaExceededError')), bulkOfAborts(112_747), domError('UnknownError'), domError('InvalidStateError'), new Dexie.DatabaseClosedError()]) {
      const sentence = describeStorageError(error, importStopped)
      expect(sentence).not.toMatch(/Error|bulkPut|transaction|DOMException/)
      expect(sentence).toMatch(/^[A-Z][^:]+: the import stopped and nothing of it was stored; your notes are safe\. [A-Z].+\.$/)
    }
  })

  it('takes the advice given when the usual one does not fit', () => {
    expect(
      describeStorageError(domError('QuotaExceededError'), {
        happened: 'the search index could not be saved',
        kept: 'search works from memory',
        advice: 'It is built again at the next start until there is room.'
      })
    ).toBe('The disk is full: the search index could not be saved; search works from memory. It is built again at the next start until there is room.')
  })

  it('names any other error by its message', () => {
    expect(describeStorageError(new Error('the note no longer exists'), { happened: 'this was not saved', kept: 'your text stays here' })).toBe(
      'This was not saved (the note no longer exists); your text stays here.'
    )
  })
})

describe('a failure on a disk with no room left', () => {
  const consequence = { happened: 'this change was not saved', kept: 'everything saved before is safe' }
  it('is a full disk, though Chromium names it UnknownError or closes the database', () => {
    const unknown = new DOMException('Internal error.', 'UnknownError')
    expect(describeStorageError(unknown, consequence, { free: 40 * 1024 })).toMatch(/^The disk is full: /)
    expect(describeStorageError({ name: 'DatabaseClosedError', inner: unknown }, consequence, { free: 0 })).toMatch(/^The disk is full: /)
    // With room to spare, or room unknown, it stays what it says: a disk that could not be written.
    expect(describeStorageError(unknown, consequence, { free: 5 * 1024 ** 3 })).toMatch(/^The disk could not be written to/)
    expect(describeStorageError(unknown, consequence, null)).toMatch(/^The disk could not be written to/)
    // An interrupted write is not blamed on the disk.
    expect(describeStorageError(new DOMException('', 'AbortError'), consequence, { free: 0 })).toMatch(/^Storing was interrupted/)
  })
})

/**
 * `useLiveQuery` as dexie-react-hooks has it (undefined while loading, the value after, again on
 * every change), with reads guarded (`readHealth`): a read that fails for a storage reason shows
 * as loading, is reported for the storage banner, and runs again when the reads are retried.
 * Every screen reads through this one; the lint forbids dexie-react-hooks elsewhere.
 */
import { useId, useMemo, useState, useEffect } from 'react'
// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks'
import { READ_FAILED, forgetRead, guardRead } from './readHealth'
import { onQuietEnd, writingQuietly } from './quietWrites'

/**
 * During a quiet write (an import, `quietWrites.ts`) the query keeps its last value and reads
 * nothing, so it stops watching; when the write ends it reads again and watches again.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[] = []): T | undefined {
  const id = useId()
  const [attempt, setAttempt] = useState(0)
  useEffect(() => () => forgetRead(id), [id])
  useEffect(() => onQuietEnd(() => setAttempt((n) => n + 1)), [])
  // The last value read for these deps; a change of deps starts afresh.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the caller's deps, as the query is
  const last = useMemo<{ value: { value: T } | null }>(() => ({ value: null }), [...deps, attempt])
  const guarded = guardRead(id, querier, () => setAttempt((n) => n + 1))
  const result = useDexieLiveQuery(
    async () => {
      if (writingQuietly() && last.value) return last.value
      const read = await guarded()
      if (read !== READ_FAILED) last.value = read
      return read
    },
    [...deps, attempt]
  )
  return result === undefined || result === READ_FAILED ? undefined : result.value
}

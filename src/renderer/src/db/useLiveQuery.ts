/**
 * `useLiveQuery` as dexie-react-hooks has it (undefined while loading, the value after, again on
 * every change), with reads guarded (`readHealth`): a read that fails for a storage reason shows
 * as loading, is reported for the storage banner, and runs again when the reads are retried.
 * Every screen reads through this one; the lint forbids dexie-react-hooks elsewhere.
 */
import { useId, useState, useEffect } from 'react'
// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks'
import { READ_FAILED, forgetRead, guardRead } from './readHealth'

export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[] = []): T | undefined {
  const id = useId()
  const [attempt, setAttempt] = useState(0)
  useEffect(() => () => forgetRead(id), [id])
  const result = useDexieLiveQuery(
    guardRead(id, querier, () => setAttempt((n) => n + 1)),
    [...deps, attempt]
  )
  return result === undefined || result === READ_FAILED ? undefined : result.value
}

import { useEffect, useState } from 'react'
import { db } from '../../db/db'
import { ensureDataset, fetchShippedFile } from './datasetLoader'

export type DatasetStatus =
  | { state: 'checking' }
  | { state: 'ready'; version: string; justLoaded: boolean }
  | { state: 'error'; message: string }

/** Runs the dataset check once per window; the state drives the status line and error banner. */
export function useDatasetLoader(): DatasetStatus {
  const [status, setStatus] = useState<DatasetStatus>({ state: 'checking' })
  useEffect(() => {
    let live = true
    ensureDataset(db, fetchShippedFile).then(
      (outcome) => live && setStatus({ state: 'ready', version: outcome.version, justLoaded: outcome.status === 'loaded' }),
      (error: unknown) => live && setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    )
    return () => {
      live = false
    }
  }, [])
  return status
}

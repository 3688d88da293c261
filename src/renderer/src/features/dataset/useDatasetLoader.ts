import { useEffect, useState } from 'react'
import { describeStorageError, storageFailure } from '@shared/storageErrors'
import { db } from '../../db/db'
import { ensureDataset, fetchShippedFile } from './datasetLoader'

export type DatasetStatus =
  | { state: 'checking' }
  | { state: 'ready'; version: string; justLoaded: boolean }
  | { state: 'error'; message: string }

/** A dataset that could not be stored (or backed up first) says so in words; a bad dataset names its fault. */
function datasetErrorMessage(error: unknown): string {
  if (storageFailure(error)) return describeStorageError(error, { happened: 'the dataset was not updated', kept: 'your notes and the data you had are kept' })
  return error instanceof Error ? error.message : String(error)
}

/** Runs the dataset check once per window; the state drives the status line and error banner. */
export function useDatasetLoader(): DatasetStatus {
  const [status, setStatus] = useState<DatasetStatus>({ state: 'checking' })
  useEffect(() => {
    let live = true
    ensureDataset(db, fetchShippedFile).then(
      (outcome) => live && setStatus({ state: 'ready', version: outcome.version, justLoaded: outcome.status === 'loaded' }),
      (error: unknown) => live && setStatus({ state: 'error', message: datasetErrorMessage(error) })
    )
    return () => {
      live = false
    }
  }, [])
  return status
}

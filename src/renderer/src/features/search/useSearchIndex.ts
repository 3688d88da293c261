import { useEffect, useSyncExternalStore } from 'react'
import { liveQuery } from 'dexie'
import { db } from '../../db/db'
import { searchClient, type SearchStatus } from './searchClient'

/**
 * Starts the search indexes once the dataset is in place and keeps the notes index in step with
 * the annotations table: any note, highlight or tag change (in this window or another) rebuilds it.
 */
export function useSearchIndexSync(datasetReady: boolean): void {
  useEffect(() => {
    if (!datasetReady) return
    searchClient.init()
    let first = true
    const subscription = liveQuery(async () => [await db.annotations.count(), (await db.annotations.orderBy('updated').last())?.updated ?? '']).subscribe({
      next: () => {
        // The first value is the state `init` already indexed.
        if (first) first = false
        else searchClient.refreshNotes()
      }
    })
    return () => subscription.unsubscribe()
  }, [datasetReady])
}

export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(searchClient.subscribe, searchClient.status)
}

import { useEffect, useSyncExternalStore } from 'react'
import { db, userContentSignature } from '../../db/db'
import { watchQuery } from '../../db/readHealth'
import { searchClient, type SearchStatus } from './searchClient'

/**
 * Starts the search indexes once the dataset is in place and keeps them in step with the tables:
 * any note, highlight or tag change (in this window or another) updates the notes index; an
 * imported or edited source, or a record the user made, reloads the large one.
 */
const SOURCES_SETTLE_MS = 300

export function useSearchIndexSync(datasetReady: boolean): void {
  useEffect(() => {
    if (!datasetReady) return
    searchClient.init()
    // Each watcher's first value is the state `init` already indexed; later ones are changes.
    // The notes signature covers edits and moves to and from the Trash (which keep `updated`).
    let lastNotes: string | null = null
    const stopNotes = watchQuery(
      async () => (await db.annotations.toArray()).map((a) => `${a.id}@${a.updated}${a.deleted ? 'x' : ''}`).join(),
      (signature) => {
        if (lastNotes !== null && signature !== lastNotes) searchClient.refreshNotes()
        lastNotes = signature
      }
    )
    // Sources arrive in bursts (an import writes a chunk at a time): rebuild once they settle.
    let lastSources: string | null = null
    let settle: ReturnType<typeof setTimeout> | undefined
    // The same signature the worker's content version is made of, read without document text.
    const stopSources = watchQuery(
      () => userContentSignature(db),
      (signature) => {
        if (lastSources !== null && signature !== lastSources) {
          clearTimeout(settle)
          settle = setTimeout(() => searchClient.refreshSources(), SOURCES_SETTLE_MS)
        }
        lastSources = signature
      }
    )
    return () => {
      stopNotes()
      stopSources()
      clearTimeout(settle)
    }
  }, [datasetReady])
}

export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(searchClient.subscribe, searchClient.status)
}

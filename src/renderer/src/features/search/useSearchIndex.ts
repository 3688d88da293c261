import { useEffect, useSyncExternalStore } from 'react'
import { liveQuery } from 'dexie'
import { db } from '../../db/db'
import { searchClient, type SearchStatus } from './searchClient'

/**
 * Starts the search indexes once the dataset is in place and keeps them in step with the tables:
 * any note, highlight or tag change (in this window or another) updates the notes index; an
 * imported or edited source, or a record the user made, reloads the large one.
 */
export function useSearchIndexSync(datasetReady: boolean): void {
  useEffect(() => {
    if (!datasetReady) return
    searchClient.init()
    // Each watcher's first value is the state `init` already indexed; later ones are changes.
    // The notes signature covers edits and moves to and from the Trash (which keep `updated`).
    let lastNotes: string | null = null
    const notes = liveQuery(async () => (await db.annotations.toArray()).map((a) => `${a.id}@${a.updated}${a.deleted ? 'x' : ''}`).join()).subscribe({
      next: (signature) => {
        if (lastNotes !== null && signature !== lastNotes) searchClient.refreshNotes()
        lastNotes = signature
      }
    })
    let lastSources: string | null = null
    const sources = liveQuery(async () => {
      const mine: string[] = []
      await db.sources.each((s) => void (s.origin === 'user' && mine.push(`${s.id}@${s.contentHash ?? ''}:${s.title}`)))
      await db.initiatives.each((x) => void (x.origin === 'user' && mine.push(`${x.id}@${x.updated ?? ''}`)))
      await db.meetings.each((x) => void (x.origin === 'user' && mine.push(`${x.id}@${x.updated ?? ''}`)))
      return mine.sort().join('|')
    }).subscribe({
      next: (signature) => {
        if (lastSources !== null && signature !== lastSources) searchClient.refreshSources()
        lastSources = signature
      }
    })
    return () => {
      notes.unsubscribe()
      sources.unsubscribe()
    }
  }, [datasetReady])
}

export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(searchClient.subscribe, searchClient.status)
}

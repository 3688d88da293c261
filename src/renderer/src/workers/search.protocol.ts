/** Messages between the renderer and the search worker: a discriminated union each way. */
import type { SearchFilters, SearchOutcome } from '@shared/search/engine'

export type SearchRequest =
  | { type: 'init' }
  | { type: 'refreshNotes' }
  | { type: 'refreshSources' }
  | { type: 'query'; id: number; text: string; filters: SearchFilters }

export type IndexState = 'idle' | 'loading' | 'building' | 'ready' | 'error'

export type SearchResponse =
  | {
      type: 'status'
      state: IndexState
      message?: string
      docs?: number
      loadedFromCache?: boolean
      ms?: number
      /** With 'ready': search works, but its index could not be stored (said once per session, in words); null once it was. */
      warning?: string | null
    }
  | { type: 'result'; id: number; outcome: SearchOutcome }
  | { type: 'notesReady'; docs: number; ms: number }

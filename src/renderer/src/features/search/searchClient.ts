/**
 * The renderer's handle on search. Queries go to a Web Worker so typing never waits on lunr;
 * if the worker cannot start (an old engine, a CSP that forbids it) the same service runs on the
 * main thread. Status is exposed for `useSyncExternalStore`.
 */
import type { SearchFilters, SearchOutcome } from '@shared/search/engine'
import type { IndexState, SearchRequest, SearchResponse } from '../../workers/search.protocol'

export interface SearchStatus {
  state: IndexState
  message?: string
  docs?: number
  loadedFromCache?: boolean
  ms?: number
  notesMs?: number
  /** Search works, but its index could not be stored: what to tell the user, in words. */
  warning?: string
  /** Counts the times the indexes changed (built, reloaded, notes updated): results may be stale. */
  generation: number
}

type Transport = (request: SearchRequest) => void

let transport: Transport | null = null
let status: SearchStatus = { state: 'idle', generation: 0 }
const listeners = new Set<() => void>()
const pending = new Map<number, (outcome: SearchOutcome) => void>()
let nextId = 1

function setStatus(next: SearchStatus): void {
  status = next
  for (const l of listeners) l()
}

/** A warning stays until the worker says the index was stored (null). */
function warningAfter(next: string | null | undefined): { warning?: string } {
  const warning = next === undefined ? status.warning : (next ?? undefined)
  return warning ? { warning } : {}
}

function receive(message: SearchResponse): void {
  if (message.type === 'result') {
    pending.get(message.id)?.(message.outcome)
    pending.delete(message.id)
  } else if (message.type === 'notesReady') {
    setStatus({ ...status, notesMs: message.ms, generation: status.generation + 1 })
  } else {
    if (message.state === 'ready' || message.state === 'error') sent.length = 0
    setStatus({
      state: message.state,
      ...(message.message !== undefined ? { message: message.message } : {}),
      ...(message.docs !== undefined ? { docs: message.docs } : {}),
      ...(message.loadedFromCache !== undefined ? { loadedFromCache: message.loadedFromCache } : {}),
      ...(message.ms !== undefined ? { ms: message.ms } : {}),
      ...(status.notesMs !== undefined ? { notesMs: status.notesMs } : {}),
      ...warningAfter(message.warning),
      generation: message.state === 'ready' ? status.generation + 1 : status.generation
    })
  }
}

async function mainThreadTransport(): Promise<Transport> {
  const { SearchService } = await import('../../workers/searchService')
  const service = new SearchService(receive)
  return (request) => service.handle(request)
}

function workerTransport(): Transport | null {
  if (typeof Worker === 'undefined') return null
  try {
    const worker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'search' })
    worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => receive(event.data))
    worker.addEventListener('error', (event) => {
      // A worker that fails to load never answers: move everything to the main thread.
      event.preventDefault()
      worker.terminate()
      void fallBack()
    })
    return (request) => worker.postMessage(request)
  } catch {
    return null
  }
}

const sent: SearchRequest[] = []
async function fallBack(): Promise<void> {
  const direct = await mainThreadTransport()
  transport = direct
  for (const request of sent) direct(request)
}

function send(request: SearchRequest): void {
  // Keep what was sent until the first answer, so a fallback can replay it.
  if (status.state === 'idle' || status.state === 'loading' || status.state === 'building') sent.push(request)
  if (!transport) transport = workerTransport()
  if (transport) transport(request)
  else void fallBack()
}

export const searchClient = {
  /** Loads or builds the indexes; call once the dataset is in IndexedDB. */
  init(): void {
    if (status.state !== 'idle' && status.state !== 'error') return
    setStatus({ state: 'loading', generation: status.generation })
    send({ type: 'init' })
  },
  refreshNotes(): void {
    if (status.state === 'idle') return
    send({ type: 'refreshNotes' })
  },
  /** Sources were imported or changed: reload the large index, rebuilding it in the worker. */
  refreshSources(): void {
    if (status.state === 'idle') return
    send({ type: 'refreshSources' })
  },
  query(text: string, filters: SearchFilters): Promise<SearchOutcome> {
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      send({ type: 'query', id, text, filters })
    })
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  status(): SearchStatus {
    return status
  }
}

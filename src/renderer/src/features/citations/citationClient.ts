/**
 * Citations formatted in a worker (`workers/citation.worker.ts`), or on the page if a worker
 * cannot start. Results are kept per item, style and locator: a page that shows the same
 * reference again, or a second copy, does not format it again.
 */
import type { CslItem, Locator } from '@shared/citations/csl'
import type { FormattedCitation } from '@shared/citations/format'
import type { CitationStyleId } from '@shared/citations/styles'
import type { CitationRequest, CitationResponse } from '../../workers/citation.protocol'

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, { resolve: (c: FormattedCitation) => void; reject: (e: Error) => void }>()
const kept = new Map<string, Promise<FormattedCitation>>()
const KEPT = 200

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    const started = new Worker(new URL('../../workers/citation.worker.ts', import.meta.url), { type: 'module', name: 'citations' })
    started.addEventListener('message', (event: MessageEvent<CitationResponse>) => {
      const waiting = pending.get(event.data.id)
      pending.delete(event.data.id)
      if (event.data.ok) waiting?.resolve(event.data.citation)
      else waiting?.reject(new Error(event.data.error))
    })
    started.addEventListener('error', (event) => {
      // A worker that fails to load never answers: what waits, and what follows, is formatted on the page.
      event.preventDefault()
      started.terminate()
      worker = null
      const waiting = [...pending.values()]
      pending.clear()
      for (const w of waiting) w.reject(new Error('retry'))
    })
    return started
  } catch {
    return null
  }
}

async function onPage(request: Omit<CitationRequest, 'id'>): Promise<FormattedCitation> {
  const { formatCitation } = await import('@shared/citations/format')
  return formatCitation(request.item, request.style, request.locator)
}

function inWorker(request: Omit<CitationRequest, 'id'>): Promise<FormattedCitation> {
  if (worker === undefined) worker = startWorker()
  const running = worker
  if (!running) return onPage(request)
  const id = nextId++
  return new Promise<FormattedCitation>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    running.postMessage({ id, ...request } satisfies CitationRequest)
  }).catch((error: Error) => (error.message === 'retry' ? onPage(request) : Promise.reject(error)))
}

export function formatInBackground(item: CslItem, style: CitationStyleId, locator?: Locator): Promise<FormattedCitation> {
  const key = JSON.stringify([item, style, locator ?? null])
  let result = kept.get(key)
  if (!result) {
    result = inWorker({ item, style, ...(locator ? { locator } : {}) })
    result.catch(() => kept.delete(key))
    kept.set(key, result)
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
  }
  return result
}

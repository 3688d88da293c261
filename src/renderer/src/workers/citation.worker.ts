/// <reference lib="webworker" />
/**
 * citeproc-js off the page's thread: building a style's engine the first time takes up to two
 * seconds (Chicago's CSL is 170 KB), which the reader and the copy buttons must not wait on.
 */
import { formatCitation } from '@shared/citations/format'
import type { CitationRequest, CitationResponse } from './citation.protocol'

declare const self: DedicatedWorkerGlobalScope

self.addEventListener('message', (event: MessageEvent<CitationRequest>) => {
  const { id, item, style, locator } = event.data
  let response: CitationResponse
  try {
    response = { id, ok: true, citation: formatCitation(item, style, locator) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
})

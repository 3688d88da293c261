/// <reference lib="webworker" />
/**
 * Reads, checks and reduces imported files to text off the page's thread: one of the import's
 * workers (`features/import/parsePool.ts`). It touches no database; the page writes.
 */
import type { MentionTerm } from '@shared/mentions/findMentions'
import { tinyldDetector } from '@shared/text/language'
import { prepareFile } from '../features/import/prepareFile'
import type { ParseRequest, ParseResponse } from './parse.protocol'

declare const self: DedicatedWorkerGlobalScope

let terms: MentionTerm[] = []
// PDFs are read in the page (pdf.js runs its own worker); none is sent here.
const tools = { readPdf: () => Promise.reject(new Error('PDFs are read in the page')), detectLanguage: tinyldDetector }

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const request = event.data
  if (request.type === 'terms') {
    terms = request.terms
    return
  }
  void prepareFile(request.file, tools, terms).then((content) => self.postMessage({ id: request.id, content } satisfies ParseResponse))
})

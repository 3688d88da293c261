/// <reference lib="webworker" />
import type { SearchRequest, SearchResponse } from './search.protocol'
import { SearchService } from './searchService'

declare const self: DedicatedWorkerGlobalScope

const service = new SearchService((message: SearchResponse) => self.postMessage(message))
self.addEventListener('message', (event: MessageEvent<SearchRequest>) => service.handle(event.data))

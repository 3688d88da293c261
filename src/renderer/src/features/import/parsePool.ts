/**
 * Prepares an import's files in parallel, off the page's thread: one worker per core but one (the
 * page keeps a core for the user and for IndexedDB's writes), at most four. Each worker holds a
 * few files at a time, so a batch of thousands never sits in the workers' queues at once. PDFs are
 * read in the page (pdf.js runs a worker of its own), which also takes files from the workers'
 * queue between the user's input. Where a worker cannot start, or fails, its
 * files are prepared in the page instead, in slices that leave the page responsive.
 */
import type { MentionTerm } from '@shared/mentions/findMentions'
import type { ImportTools } from '@shared/import/parseDocument'
import type { ParseRequest, ParseResponse } from '../../workers/parse.protocol'
import { prepareFile, type ImportFile, type PreparedContent } from './prepareFile'

const MAX_WORKERS = 4
/**
 * Files a worker holds at once: enough that it never waits while the page is busy writing (at 8,
 * a worker sat idle a quarter of a 1,000-file import), and at most this many bytes of them beyond
 * the first, as each message copies its file.
 */
const IN_FLIGHT = 64
const IN_FLIGHT_BYTES = 16 * 1024 * 1024

export interface PrepareOptions {
  tools: ImportTools
  terms: readonly MentionTerm[]
  /** Called as each file is prepared (in no set order), with its position and how many are done. */
  onPrepared?: (index: number, content: PreparedContent, done: number) => void
  signal?: AbortSignal
  /** Whether the page takes files from the workers' queue too (not while it writes them). */
  pageHelps?: boolean
  /** For tests: the workers to use; by default one per core but one, where workers exist. */
  workers?: number
}

const isPdf = (name: string): boolean => /\.pdf$/i.test(name)

const defaultWorkerCount = (): number =>
  typeof Worker === 'undefined' ? 0 : Math.min(MAX_WORKERS, Math.max(1, (globalThis.navigator?.hardwareConcurrency || 2) - 1))

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module', name: 'import' })
  } catch {
    return null
  }
}

/** Lets the browser paint and handle input; a message-channel task, not a clamped timeout. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

/**
 * Prepares the files, handing each to `onPrepared` as it is ready; resolves when all are, or
 * when the import is cancelled. Nothing is kept here: the caller holds what it still needs.
 */
export async function prepareFiles(files: readonly ImportFile[], options: PrepareOptions): Promise<void> {
  let done = 0
  const finish = (index: number, content: PreparedContent): void => options.onPrepared?.(index, content, ++done)
  // Files for the page itself: PDFs, and any a worker could not take.
  const inPage: number[] = []
  const forWorkers: number[] = []
  files.forEach((f, i) => (isPdf(f.name) ? inPage : forWorkers).push(i))

  const count = Math.min(options.workers ?? defaultWorkerCount(), forWorkers.length)
  const workers = Array.from({ length: count }, startWorker).filter((w): w is Worker => w !== null)
  if (workers.length === 0) inPage.push(...forWorkers.splice(0))
  inPage.sort((a, b) => a - b)

  // A small batch is shared between the workers, not taken whole by the first.
  const inFlight = Math.max(1, Math.min(IN_FLIGHT, Math.ceil(forWorkers.length / (2 * workers.length))))
  const inWorkers = Promise.all(workers.map((worker) => runWorker(worker, forWorkers, files, options, finish, inPage, inFlight)))
  // The page prepares its own share meanwhile, then helps with the workers' queue, handing the
  // thread back every 12 ms: between the user's input, a core would otherwise sit idle.
  let slice = performance.now()
  const runInPage = async (): Promise<void> => {
    while ((inPage.length || (options.pageHelps !== false && forWorkers.length)) && !options.signal?.aborted) {
      const index = inPage.length ? inPage.shift()! : forWorkers.shift()!
      if (performance.now() - slice > 12) {
        await yieldToUi()
        slice = performance.now()
      }
      finish(index, await prepareFile(files[index]!, options.tools, options.terms))
    }
  }
  await runInPage()
  await inWorkers
  // Files a failing worker handed back after the page had finished its share.
  await runInPage()
}

/**
 * Feeds one worker from the shared queue until it is empty or the import is cancelled. If the
 * worker fails, what it held goes back to the page (`inPage`) and the queue to the other workers.
 */
function runWorker(
  worker: Worker,
  queue: number[],
  files: readonly ImportFile[],
  options: PrepareOptions,
  finish: (index: number, content: PreparedContent) => void,
  inPage: number[],
  inFlight: number
): Promise<void> {
  return new Promise((resolve) => {
    const held = new Set<number>()
    let heldBytes = 0
    const end = (): void => {
      worker.terminate()
      options.signal?.removeEventListener('abort', end)
      resolve()
    }
    const feed = (): void => {
      while (held.size < inFlight && queue.length && (held.size === 0 || heldBytes + files[queue[0]!]!.bytes.length <= IN_FLIGHT_BYTES) && !options.signal?.aborted) {
        const index = queue.shift()!
        held.add(index)
        heldBytes += files[index]!.bytes.length
        worker.postMessage({ type: 'parse', id: index, file: files[index]! } satisfies ParseRequest)
      }
      if (held.size === 0) end()
    }
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      if (held.delete(event.data.id)) heldBytes -= files[event.data.id]!.bytes.length
      finish(event.data.id, event.data.content)
      feed()
    }
    worker.onerror = (event) => {
      event.preventDefault()
      inPage.push(...held, ...queue.splice(0))
      held.clear()
      end()
    }
    options.signal?.addEventListener('abort', end)
    worker.postMessage({ type: 'terms', terms: [...options.terms] } satisfies ParseRequest)
    feed()
  })
}

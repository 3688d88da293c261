import { afterEach, describe, expect, it, vi } from 'vitest'
import { prepareFiles, type PrepareOptions } from '../../src/renderer/src/features/import/parsePool'
import { prepareFile, type ImportFile, type PreparedContent } from '../../src/renderer/src/features/import/prepareFile'
import type { ParseRequest } from '../../src/renderer/src/workers/parse.protocol'
import { recordTerms } from '../../src/shared/mentions/findMentions'
import { shippedDataset } from '../support/dataset'

const terms = recordTerms(shippedDataset())
const tools = { readPdf: () => Promise.reject(new Error('no pdf')) }
const file = (name: string, text: string): ImportFile => {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, bytes }
}
const files = Array.from({ length: 40 }, (_, i) => file(`note-${i}.md`, `# Note ${i}\n\nThe ASEAN Digital Masterplan 2030, item ${i}.`))

/**
 * A stand-in for the browser's Worker that runs `prepareFile` as the real worker does, answering
 * each file in a later task; `failAfter` answers makes it fail as a crashed worker does.
 */
function fakeWorkers(failAfter = Infinity) {
  const started: FakeWorker[] = []
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null
    onerror: ((event: { preventDefault: () => void }) => void) | null = null
    terminated = false
    answered = 0
    private terms: unknown[] = []
    constructor() {
      started.push(this)
    }
    postMessage(request: ParseRequest): void {
      if (request.type === 'terms') {
        this.terms = request.terms
        return
      }
      setTimeout(() => {
        if (this.terminated) return
        if (this.answered >= failAfter) {
          this.onerror?.({ preventDefault: () => undefined })
          return
        }
        this.answered++
        void prepareFile(request.file, tools, this.terms as never).then((content) => this.onmessage?.({ data: { id: request.id, content } } as MessageEvent))
      }, 0)
    }
    terminate(): void {
      this.terminated = true
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return started
}

afterEach(() => vi.unstubAllGlobals())

/** What became of each file, by position, as the import hears of it; undefined for those never prepared. */
async function prepared(options: PrepareOptions): Promise<(PreparedContent | undefined)[]> {
  const out: (PreparedContent | undefined)[] = new Array(files.length)
  await prepareFiles(files, {
    ...options,
    onPrepared: (index, content, done) => {
      out[index] = content
      options.onPrepared?.(index, content, done)
    }
  })
  return out
}

describe('the import\'s parsing workers', () => {
  it('prepare every file in the workers, in the order given, as the page would', async () => {
    const workers = fakeWorkers()
    const inWorkers = await prepared({ tools, terms, workers: 2, pageHelps: false })
    expect(workers).toHaveLength(2)
    expect(workers.every((w) => w.answered > 0 && w.terminated)).toBe(true)
    vi.unstubAllGlobals()
    const inPage = await prepared({ tools, terms })
    expect(inWorkers).toEqual(inPage)
    expect(inWorkers.every((c) => c?.ok && c.mentions.length > 0)).toBe(true)
  })

  it('hand a failed worker\'s files to the page, losing none', async () => {
    const workers = fakeWorkers(5)
    const contents = await prepared({ tools, terms, workers: 1, pageHelps: false })
    expect(workers[0]!.answered).toBe(5)
    expect(contents.filter((c) => c?.ok)).toHaveLength(files.length)
    expect(contents.map((c) => (c?.ok ? c.parsed.metadata.title : null))).toEqual(files.map((_, i) => `Note ${i}`))
  })

  it('stop at a cancel, leaving what was not prepared undefined', async () => {
    fakeWorkers()
    const controller = new AbortController()
    const contents = await prepared({ tools, terms, workers: 1, pageHelps: false, signal: controller.signal, onPrepared: (_, __, done) => done === 10 && controller.abort() })
    const ready = contents.filter(Boolean).length
    expect(ready).toBeGreaterThanOrEqual(10)
    expect(ready).toBeLessThan(files.length)
  })
})

/**
 * Imports a researcher's files as sources, in three steps. Reading: each file is read, checked,
 * reduced to its text (`parseDocument`) and linked to the known records it names, in the import's
 * workers (`parsePool.ts`). Checking: the
 * bytes the import will write are estimated (`estimateImportBytes`) and compared with the room
 * the bridge reports; an import that would not fit is refused before anything is written.
 * Storing: a chunk of files per transaction, compared with what is stored (the same text is
 * "already imported"; a new version of an imported file replaces its text, and its highlights
 * re-anchor). Where even the most the files could store fits, chunks are written while later
 * files are still being read (`canWriteWhileReading`). A cancel or a crash leaves whole
 * documents or none, those stored listed as imported; a failed write stops the import there, in
 * words (`ImportStopped`).
 */
import { recordTerms, type MentionTerm } from '@shared/mentions/findMentions'
import { MAX_IMPORT_FILES, type ImportTools } from '@shared/import/parseDocument'
import { checkRoom, estimateImportBytes, mostStoredFor } from '@shared/import/storageEstimate'
import type { StorageSpace } from '@shared/ipc'
import type { Result } from '@shared/result'
import { describeStorageError } from '@shared/storageErrors'
import { db, type DeskDatabase } from '../../db/db'
import { tinyldDetector } from '@shared/text/language'
import { importRoom, indexedContent } from './importRoom'
import { prepareFiles } from './parsePool'
import type { PreparedContent } from './prepareFile'
import { storedKeys, writeChunk, type FileOutcome, type ImportFile, type PreparedFile, type StoredKeys } from './importWrite'

export type { FileOutcome, ImportFile }

export interface ImportProgress {
  phase: 'reading' | 'storing'
  done: number
  total: number
  current: string | null
  /** While reading: the documents already stored (an import writes as it reads when it can). */
  stored?: number
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
  database?: DeskDatabase
  tools?: ImportTools
  /** Room left for the app's data (the bridge's `storageSpace`); without it, no check is made. */
  space?: () => Promise<Result<StorageSpace>>
}

/** The import stopped before its end: refused for room, or a write failed. `outcomes`: what became of each file so far. */
export class ImportStopped extends Error {
  override name = 'ImportStopped'
  constructor(
    message: string,
    readonly outcomes: FileOutcome[]
  ) {
    super(message)
  }
}

const defaultTools = async (): Promise<ImportTools> => ({ readPdf: (bytes) => import('./pdf').then((m) => m.readPdf(bytes)), detectLanguage: tinyldDetector })

async function knownTerms(database: DeskDatabase): Promise<MentionTerm[]> {
  const [initiatives, meetings, parties] = await Promise.all([database.initiatives.toArray(), database.meetings.toArray(), database.parties.toArray()])
  return recordTerms({ initiatives, meetings, parties })
}

/** Files written together: IndexedDB pays per transaction, not per row. */
const CHUNK_FILES = 250
/** While files are still being read, smaller chunks, so writing starts early and keeps pace. */
const STREAMED_CHUNK_FILES = 100
const CHUNK_CHARS = 16 * 1024 * 1024

const NOT_STORED = 'not stored: the import stopped before it (see above).'

/**
 * Prepares every file (in workers, `parsePool.ts`); failures go in `outcomes` by position. Hands
 * each prepared file to `onReady` in the order the files were given, as soon as it and all before
 * it are prepared.
 */
async function readFiles(
  files: readonly ImportFile[],
  tools: ImportTools,
  terms: readonly MentionTerm[],
  outcomes: Map<number, FileOutcome>,
  options: ImportOptions,
  onReady: (file: PreparedFile) => void,
  pageHelps: boolean
): Promise<void> {
  const contents: (PreparedContent | undefined)[] = new Array(files.length)
  let next = 0
  // Progress at most every 50 ms: each report re-renders the dialog.
  let reported = 0
  await prepareFiles(files, {
    tools,
    terms,
    signal: options.signal,
    pageHelps,
    onPrepared: (index, content, done) => {
      contents[index] = content
      for (; next < files.length && contents[next]; next++) {
        const ready = contents[next]!
        contents[next] = undefined
        const file = files[next]!
        if (ready.ok) onReady({ index: next, file, parsed: ready.parsed, mentions: ready.mentions })
        else outcomes.set(next, { name: file.name, status: 'failed', reason: ready.reason })
      }
      const now = performance.now()
      if (now - reported < 50) return
      reported = now
      options.onProgress?.({ phase: 'reading', done, total: files.length, current: files[index]!.name })
    }
  })
}

/**
 * Writes prepared files in the order given, a chunk per transaction, one transaction at a time.
 * After a failed write it writes nothing more: the next would meet the same full or failing disk.
 */
class ChunkWriter {
  private pending: PreparedFile[] = []
  private chars = 0
  private queue: Promise<void> = Promise.resolve()
  failure: unknown = null
  stored = 0

  constructor(
    /** Files a transaction takes. */
    private readonly chunkFiles: number,
    private readonly database: DeskDatabase,
    private readonly keys: StoredKeys,
    private readonly outcomes: Map<number, FileOutcome>,
    private readonly signal: AbortSignal,
    private readonly onStored: (stored: number) => void,
    private readonly onFailed: () => void
  ) {}

  add(file: PreparedFile): void {
    this.pending.push(file)
    this.chars += file.parsed.text.length
    if (this.pending.length >= this.chunkFiles || this.chars >= CHUNK_CHARS) this.flush()
  }

  /** Writes what is pending; resolves when every write asked for so far has ended. */
  finish(): Promise<void> {
    this.flush()
    return this.queue
  }

  private flush(): void {
    if (!this.pending.length) return
    const chunk = this.pending
    this.pending = []
    this.chars = 0
    this.queue = this.queue.then(() => this.write(chunk))
  }

  private async write(chunk: PreparedFile[]): Promise<void> {
    if (this.failure || this.signal.aborted) return
    try {
      for (const [index, outcome] of await writeChunk(this.database, chunk, this.keys)) this.outcomes.set(index, outcome)
      this.stored += chunk.length
      this.onStored(this.stored)
    } catch (error) {
      // This chunk's transaction rolled back; the chunks before it are stored.
      this.failure = error
      this.onFailed()
    }
  }
}

/**
 * Whether the import may write as it reads: when no room check was asked for, when the room
 * cannot be read (the import then goes ahead, as it would after reading), or when even the most
 * these files could store fits (`mostStoredFor`). Otherwise it reads everything first, and the
 * exact check refuses it before anything is written. PDFs, whose text can be far larger than
 * their compressed file, always take the exact way.
 */
async function canWriteWhileReading(database: DeskDatabase, files: readonly ImportFile[], terms: readonly MentionTerm[], options: ImportOptions): Promise<boolean> {
  if (!options.space) return true
  if (files.some((f) => /\.pdf$/i.test(f.name))) return false
  const answer = await options.space().catch(() => null)
  if (!answer?.ok) return true
  const records = new Set(terms.map((t) => `${t.entityType}:${t.entityId}`)).size
  const most = estimateImportBytes(
    files.map((f) => mostStoredFor(f.size, records)),
    await indexedContent(database)
  )
  return checkRoom(most, answer.value).ok
}

const inOrder = (outcomes: Map<number, FileOutcome>): FileOutcome[] => [...outcomes.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => o)

export async function importFiles(files: readonly ImportFile[], options: ImportOptions = {}): Promise<FileOutcome[]> {
  const database = options.database ?? db
  if (files.length > MAX_IMPORT_FILES) {
    return files.map((f) => ({ name: f.name, status: 'failed', reason: `${files.length} files at once is more than the ${MAX_IMPORT_FILES} the import takes; import them in smaller batches.` }))
  }
  performance.mark('desk:import-start')
  const tools = options.tools ?? (await defaultTools())
  const terms = await knownTerms(database)
  const outcomes = new Map<number, FileOutcome>()
  // Stops the reading on the user's cancel, or when a write fails.
  const stop = new AbortController()
  const cancel = (): void => stop.abort()
  options.signal?.addEventListener('abort', cancel)
  try {
    options.onProgress?.({ phase: 'reading', done: 0, total: files.length, current: files[0]?.name ?? null })
    const streaming = await canWriteWhileReading(database, files, terms, options)
    const keys = await storedKeys(database)
    let total = 0
    let reading = true
    const writer = new ChunkWriter(
      streaming ? STREAMED_CHUNK_FILES : CHUNK_FILES,
      database,
      keys,
      outcomes,
      stop.signal,
      (stored) => reading || options.onProgress?.({ phase: 'storing', done: stored, total, current: null }),
      cancel
    )
    const prepared: PreparedFile[] = []
    // Reading progress says how many documents are already stored, when they are written meanwhile.
    const onProgress = (progress: ImportProgress): void => options.onProgress?.(writer.stored ? { ...progress, stored: writer.stored } : progress)
    await readFiles(files, tools, terms, outcomes, { ...options, signal: stop.signal, onProgress }, (file) => {
      total++
      if (streaming) writer.add(file)
      else prepared.push(file)
    }, !streaming)
    reading = false
    performance.measure('desk:import-read', 'desk:import-start')
    if (!streaming) {
      if (options.signal?.aborted) return inOrder(outcomes)
      if (options.space && prepared.length) {
        const room = await importRoom(database, prepared, options.space)
        if (room && !room.ok) throw new ImportStopped(room.message, inOrder(outcomes))
      }
      for (const file of prepared) writer.add(file)
    }
    performance.mark('desk:import-checked')
    options.onProgress?.({ phase: 'storing', done: writer.stored, total, current: null })
    await writer.finish()
    performance.measure('desk:import-write', 'desk:import-checked')
    if (writer.failure) {
      const stored = writer.stored > 0 ? 'the documents listed as imported are stored' : 'nothing of it was stored'
      files.forEach((f, index) => outcomes.has(index) || outcomes.set(index, { name: f.name, status: 'failed', reason: NOT_STORED }))
      throw new ImportStopped(describeStorageError(writer.failure, { happened: `the import stopped and ${stored}`, kept: 'your notes are safe' }), inOrder(outcomes))
    }
    // For `npm run bench`: how long reading, checking and storing took, without picking the files.
    performance.measure('desk:import', 'desk:import-start')
    return inOrder(outcomes)
  } finally {
    options.signal?.removeEventListener('abort', cancel)
  }
}

/** What a batch did, in one sentence per kind of outcome. */
export function summarise(outcomes: readonly FileOutcome[]): string {
  const count = (status: FileOutcome['status']): number => outcomes.filter((o) => o.status === status).length
  const parts = [
    count('imported') && `${count('imported')} imported`,
    count('updated') && `${count('updated')} updated to a new version`,
    count('duplicate') && `${count('duplicate')} already imported`,
    count('failed') && `${count('failed')} not imported`
  ].filter(Boolean)
  return parts.length ? `${parts.join(', ')}.` : 'Nothing was imported.'
}

/**
 * Imports a researcher's files as sources, in three steps. Reading: each file is read, checked,
 * sanitised and parsed (`parseDocument`) and linked to the known records it names. Checking: the
 * bytes the import will write are estimated (`estimateImportBytes`) and compared with the room
 * the bridge reports; an import that would not fit is refused before anything is written.
 * Storing: a chunk of files per transaction, compared with what is stored (the same text is
 * "already imported"; a new version of an imported file replaces its text, and its highlights
 * re-anchor). A cancel while reading stores nothing; a cancel or a crash while storing leaves
 * whole documents or none; a failed write stops the import there, in words (`ImportStopped`).
 */
import { linkedMentions, recordTerms, type MentionTerm } from '@shared/mentions/findMentions'
import { ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, parseDocument, type ImportTools } from '@shared/import/parseDocument'
import type { StorageSpace } from '@shared/ipc'
import type { Result } from '@shared/result'
import { describeStorageError } from '@shared/storageErrors'
import { db, type DeskDatabase } from '../../db/db'
import { sanitizeHtml } from './sanitize'
import { tinyldDetector } from '@shared/text/language'
import { importRoom } from './importRoom'
import { storedKeys, writeChunk, type FileOutcome, type ImportFile, type PreparedFile } from './importWrite'

export type { FileOutcome, ImportFile }

export interface ImportProgress {
  phase: 'reading' | 'storing'
  done: number
  total: number
  current: string | null
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

const defaultTools = async (): Promise<ImportTools> => ({ sanitizeHtml, readPdf: (bytes) => import('./pdf').then((m) => m.readPdf(bytes)), detectLanguage: tinyldDetector })

async function knownTerms(database: DeskDatabase): Promise<MentionTerm[]> {
  const [initiatives, meetings, parties] = await Promise.all([database.initiatives.toArray(), database.meetings.toArray(), database.parties.toArray()])
  return recordTerms({ initiatives, meetings, parties })
}

/** Lets the browser paint and handle input; a message-channel task, not a clamped timeout. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

/** Files written together: IndexedDB pays per transaction, not per row. */
const CHUNK_FILES = 250
const CHUNK_CHARS = 16 * 1024 * 1024

/** Reads and checks every file, handing the UI thread back every 12 ms; failures go in `outcomes` by position. */
async function readFiles(files: readonly ImportFile[], tools: ImportTools, terms: readonly MentionTerm[], outcomes: Map<number, FileOutcome>, options: ImportOptions): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = []
  let slice = performance.now()
  for (let index = 0; index < files.length && !options.signal?.aborted; index++) {
    const file = files[index]!
    if (performance.now() - slice > 12) {
      options.onProgress?.({ phase: 'reading', done: index, total: files.length, current: file.name })
      await yieldToUi()
      slice = performance.now()
    }
    try {
      if (file.refused) throw new ImportError(file.refused)
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`the file is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit.`)
      const parsed = await parseDocument(file.name, file.bytes, tools)
      prepared.push({ index, file, parsed, mentions: linkedMentions(parsed.text, terms, 'pending') })
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : `it could not be read (${error instanceof Error ? error.message : String(error)}).`
      outcomes.set(index, { name: file.name, status: 'failed', reason })
    }
  }
  return prepared
}

function* chunksOf(prepared: readonly PreparedFile[]): Generator<PreparedFile[]> {
  let chunk: PreparedFile[] = []
  let chars = 0
  for (const p of prepared) {
    chunk.push(p)
    chars += p.parsed.text.length
    if (chunk.length >= CHUNK_FILES || chars >= CHUNK_CHARS) {
      yield chunk
      chunk = []
      chars = 0
    }
  }
  if (chunk.length) yield chunk
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
  options.onProgress?.({ phase: 'reading', done: 0, total: files.length, current: files[0]?.name ?? null })
  const prepared = await readFiles(files, tools, terms, outcomes, options)
  if (options.signal?.aborted) return inOrder(outcomes)
  if (options.space && prepared.length) {
    const room = await importRoom(database, prepared, options.space)
    if (room && !room.ok) throw new ImportStopped(room.message, inOrder(outcomes))
  }
  const keys = await storedKeys(database)
  let done = 0
  options.onProgress?.({ phase: 'storing', done, total: prepared.length, current: null })
  for (const chunk of chunksOf(prepared)) {
    if (options.signal?.aborted) break
    try {
      for (const [index, outcome] of await writeChunk(database, chunk, keys)) outcomes.set(index, outcome)
    } catch (error) {
      // This chunk's transaction rolled back; the chunks before it are stored. Stop: the next
      // write would meet the same full or failing disk.
      const stored = done > 0 ? 'the documents listed as imported are stored' : 'nothing of it was stored'
      for (const p of prepared.slice(prepared.indexOf(chunk[0]!))) outcomes.set(p.index, { name: p.file.name, status: 'failed', reason: 'not stored: the import stopped before it (see above).' })
      throw new ImportStopped(describeStorageError(error, { happened: `the import stopped and ${stored}`, kept: 'your notes are safe' }), inOrder(outcomes))
    }
    done += chunk.length
    options.onProgress?.({ phase: 'storing', done, total: prepared.length, current: null })
  }
  // For `npm run bench`: how long reading, checking and storing took, without picking the files.
  performance.measure('desk:import', 'desk:import-start')
  return inOrder(outcomes)
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

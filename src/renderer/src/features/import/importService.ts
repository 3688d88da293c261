/**
 * Imports a researcher's files as sources. Each file is read, checked, sanitised and parsed
 * (`parseDocument`), compared with what is stored (the same text is "already imported"; a new
 * version of an imported file replaces its text, and its highlights re-anchor), linked to the
 * known records it names, and written a chunk of files per transaction: a cancel or a crash
 * leaves whole documents or none. Progress is reported as files are parsed; a cancel stops the
 * import before the next file.
 */
import { linkedMentions, recordTerms, type MentionTerm } from '@shared/mentions/findMentions'
import { ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, parseDocument, type ImportTools, type ParsedImport } from '@shared/import/parseDocument'
import { db, isUsers, storedMention, type DeskDatabase, type StoredMention, type StoredSource } from '../../db/db'
import { sanitizeHtml } from './sanitize'

export interface ImportFile {
  name: string
  size: number
  bytes: Uint8Array
}

export type FileOutcome =
  | { name: string; status: 'imported'; sourceId: string; title: string; mentions: number }
  | { name: string; status: 'updated'; sourceId: string; title: string; mentions: number }
  | { name: string; status: 'duplicate'; sourceId: string; title: string }
  | { name: string; status: 'failed'; reason: string }

export interface ImportProgress {
  done: number
  total: number
  current: string | null
}

const defaultTools = async (): Promise<ImportTools> => ({ sanitizeHtml, readPdf: (bytes) => import('./pdf').then((m) => m.readPdf(bytes)) })

async function knownTerms(database: DeskDatabase): Promise<MentionTerm[]> {
  const [initiatives, meetings, parties] = await Promise.all([database.initiatives.toArray(), database.meetings.toArray(), database.parties.toArray()])
  return recordTerms({ initiatives, meetings, parties })
}

const idFor = (hash: string): string => `user-${hash.slice(0, 8)}-${Math.random().toString(36).slice(2, 8)}`

function sourceRecord(id: string, file: ImportFile, parsed: ParsedImport, now: string, previous?: StoredSource): StoredSource {
  const m = parsed.metadata
  return {
    id,
    // A new version keeps what the user edited; metadata found in the file fills the rest.
    title: previous?.title ?? m.title ?? file.name.replace(/\.[^.]+$/, ''),
    publisher: previous?.publisher ?? m.publisher,
    publishedOn: previous?.publishedOn ?? m.publishedOn,
    url: previous?.url ?? m.url,
    language: previous?.language ?? m.language ?? 'en',
    format: parsed.format,
    file: file.name,
    textFile: file.name,
    cleaning: parsed.cleaning,
    text: parsed.text,
    origin: 'user',
    contentHash: parsed.contentHash,
    fileName: file.name,
    imported: previous?.imported ?? now,
    updated: now,
    ...(parsed.pages ? { pages: parsed.pages } : {})
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

/** Files parsed, then written together: IndexedDB pays per transaction, not per row. */
const CHUNK_FILES = 250
const CHUNK_BYTES = 16 * 1024 * 1024

export async function importFiles(
  files: readonly ImportFile[],
  options: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; database?: DeskDatabase; tools?: ImportTools } = {}
): Promise<FileOutcome[]> {
  const database = options.database ?? db
  if (files.length > MAX_IMPORT_FILES) {
    return files.map((f) => ({ name: f.name, status: 'failed', reason: `${files.length} files at once is more than the ${MAX_IMPORT_FILES} the import takes; import them in smaller batches.` }))
  }
  performance.mark('desk:import-start')
  const tools = options.tools ?? (await defaultTools())
  const terms = await knownTerms(database)
  const keys = await storedKeys(database)
  // Failures found while parsing wait in `outcomes`; results join `stored` in file order.
  const outcomes: FileOutcome[] = []
  const stored: FileOutcome[] = []
  let pending: Promise<void> = Promise.resolve()
  let index = 0
  while (index < files.length && !options.signal?.aborted) {
    options.onProgress?.({ done: index, total: files.length, current: files[index]!.name })
    await yieldToUi()
    const chunk: { file: ImportFile; parsed: ParsedImport }[] = []
    let bytes = 0
    let slice = performance.now()
    while (index < files.length && chunk.length < CHUNK_FILES && bytes < CHUNK_BYTES && !options.signal?.aborted) {
      const file = files[index++]!
      bytes += file.bytes.length
      try {
        if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`the file is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit.`)
        chunk.push({ file, parsed: await parseDocument(file.name, file.bytes, tools) })
      } catch (error) {
        const reason = error instanceof ImportError ? error.message : `it could not be read (${error instanceof Error ? error.message : String(error)}).`
        outcomes.push({ name: file.name, status: 'failed', reason })
      }
      // Parsing is synchronous work on the UI thread: hand it back every few milliseconds.
      if (performance.now() - slice > 12) {
        options.onProgress?.({ done: index, total: files.length, current: files[index]?.name ?? null })
        await yieldToUi()
        slice = performance.now()
      }
    }
    if (!chunk.length) continue
    // The write runs while the next chunk is parsed: IndexedDB commits off this thread.
    await pending
    const failures = outcomes.splice(0)
    pending = writeChunk(database, chunk, terms, keys).then(
      (written) => void written.forEach((o) => stored.push(o)),
      (error: unknown) => {
        // The chunk's transaction rolled back: none of its documents was stored.
        const reason = `it could not be stored (${error instanceof Error ? error.message : String(error)}); nothing of it was saved.`
        chunk.forEach(({ file }) => stored.push({ name: file.name, status: 'failed', reason }))
      }
    )
    stored.push(...failures)
  }
  await pending
  outcomes.push(...stored)
  options.onProgress?.({ done: index, total: files.length, current: null })
  // For `npm run bench`: how long reading, checking and storing took, without picking the files.
  performance.measure('desk:import', 'desk:import-start')
  return outcomes
}

/**
 * What is already stored, by the keys an import checks: text hashes (duplicates), URLs and file
 * names (new versions). Read once per import from the indexes alone, then kept up to date, so a
 * chunk of new files costs no lookups; only a hit is fetched.
 */
interface StoredKeys {
  hashes: Set<string>
  urls: Set<string>
  names: Set<string>
}

async function storedKeys(database: DeskDatabase): Promise<StoredKeys> {
  const [hashes, urls, names] = await Promise.all([
    database.sources.orderBy('contentHash').uniqueKeys(),
    database.sources.orderBy('url').uniqueKeys(),
    database.sources.orderBy('fileName').uniqueKeys()
  ])
  return { hashes: new Set(hashes.map(String)), urls: new Set(urls.map(String)), names: new Set(names.map(String)) }
}

/** Writes parsed files in one transaction: new sources, new versions, and their mentions. */
async function writeChunk(database: DeskDatabase, chunk: readonly { file: ImportFile; parsed: ParsedImport }[], terms: readonly MentionTerm[], keys: StoredKeys): Promise<FileOutcome[]> {
  const now = new Date().toISOString()
  const prepared = chunk.map(({ file, parsed }) => ({ file, parsed, mentions: linkedMentions(parsed.text, terms, 'pending') }))
  const written = await database.transaction('rw', [database.sources, database.mentions], async () => {
    const out: FileOutcome[] = []
    const records: StoredSource[] = []
    const mentionRows: StoredMention[] = []
    const replaced: string[] = []
    const inChunk = new Map<string, StoredSource>()
    for (const { file, parsed, mentions } of prepared) {
      const same = inChunk.get(parsed.contentHash) ?? (keys.hashes.has(parsed.contentHash) ? await database.sources.where('contentHash').equals(parsed.contentHash).first() : undefined)
      if (same) {
        out.push({ name: file.name, status: 'duplicate', sourceId: same.id, title: same.title })
        continue
      }
      const url = parsed.metadata.url
      const title = (parsed.metadata.title ?? '').toLowerCase()
      const previous =
        (url && keys.urls.has(url) ? await database.sources.where('url').equals(url).filter(isUsers).first() : undefined) ??
        // The same file name alone may be another document ("index.html"): the title must agree too.
        (keys.names.has(file.name)
          ? await database.sources
              .where('fileName')
              .equals(file.name)
              .filter((s) => isUsers(s) && s.title.toLowerCase() === title)
              .first()
          : undefined)
      const id = previous?.id ?? idFor(parsed.contentHash)
      const record = sourceRecord(id, file, parsed, now, previous)
      inChunk.set(parsed.contentHash, record)
      records.push(record)
      if (previous) replaced.push(id)
      for (const m of mentions) mentionRows.push(storedMention({ ...m, sourceId: id }))
      out.push({ name: file.name, status: previous ? 'updated' : 'imported', sourceId: id, title: record.title, mentions: mentions.length })
    }
    if (replaced.length) await database.mentions.where('sourceId').anyOf(replaced).delete()
    await database.sources.bulkPut(records)
    await database.mentions.bulkPut(mentionRows)
    return { out, records }
  })
  for (const r of written.records) {
    keys.hashes.add(r.contentHash!)
    if (r.url) keys.urls.add(r.url)
    keys.names.add(r.fileName!)
  }
  return written.out
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

/**
 * Imports a researcher's files as sources. Each file is read, checked, sanitised and parsed
 * (`parseDocument`), compared with what is stored (the same text is "already imported"; a new
 * version of an imported file replaces its text, and its highlights re-anchor), linked to the
 * known records it names, and written in its own transaction: a cancel or a crash leaves whole
 * documents or none. Progress is reported per file; the caller can cancel between files.
 */
import { findMentions, mentionTerms, type MentionTerm } from '@shared/mentions/findMentions'
import type { Mention } from '@shared/model/dataset'
import { ImportError, MAX_IMPORT_FILES, parseDocument, type ImportTools, type ParsedImport } from '@shared/import/parseDocument'
import { db, type DeskDatabase, type StoredSource } from '../../db/db'
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
  return [...mentionTerms('initiative', initiatives), ...mentionTerms('meeting', meetings), ...mentionTerms('party', parties)]
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

/** Files parsed, then written together: IndexedDB pays per transaction, not per row. */
const CHUNK_FILES = 100
const CHUNK_BYTES = 8 * 1024 * 1024

export async function importFiles(
  files: readonly ImportFile[],
  options: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; database?: DeskDatabase; tools?: ImportTools } = {}
): Promise<FileOutcome[]> {
  const database = options.database ?? db
  if (files.length > MAX_IMPORT_FILES) {
    return files.map((f) => ({ name: f.name, status: 'failed', reason: `${files.length} files at once is more than the ${MAX_IMPORT_FILES} the import takes; import them in smaller batches.` }))
  }
  const tools = options.tools ?? (await defaultTools())
  const terms = await knownTerms(database)
  const outcomes: FileOutcome[] = []
  let index = 0
  while (index < files.length && !options.signal?.aborted) {
    options.onProgress?.({ done: index, total: files.length, current: files[index]!.name })
    // Let the progress bar paint and a Cancel click land between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const chunk: { file: ImportFile; parsed: ParsedImport }[] = []
    let bytes = 0
    while (index < files.length && chunk.length < CHUNK_FILES && bytes < CHUNK_BYTES && !options.signal?.aborted) {
      const file = files[index++]!
      bytes += file.bytes.length
      try {
        chunk.push({ file, parsed: await parseDocument(file.name, file.bytes, tools) })
      } catch (error) {
        const reason = error instanceof ImportError ? error.message : `it could not be read (${error instanceof Error ? error.message : String(error)}).`
        outcomes.push({ name: file.name, status: 'failed', reason })
      }
      // A PDF or a large file takes a while: report each one.
      if (file.bytes.length > 256 * 1024) options.onProgress?.({ done: index, total: files.length, current: files[index]?.name ?? null })
    }
    if (!chunk.length) continue
    try {
      outcomes.push(...(await writeChunk(database, chunk, terms)))
    } catch (error) {
      // The chunk's transaction rolled back: none of its documents was stored.
      const reason = `it could not be stored (${error instanceof Error ? error.message : String(error)}); nothing of it was saved.`
      outcomes.push(...chunk.map(({ file }) => ({ name: file.name, status: 'failed' as const, reason })))
    }
  }
  options.onProgress?.({ done: index, total: files.length, current: null })
  return outcomes
}

/** Writes parsed files in one transaction: new sources, new versions, and their mentions. */
async function writeChunk(database: DeskDatabase, chunk: readonly { file: ImportFile; parsed: ParsedImport }[], terms: readonly MentionTerm[]): Promise<FileOutcome[]> {
  const now = new Date().toISOString()
  const prepared = chunk.map(({ file, parsed }) => ({ file, parsed, mentions: findMentions(parsed.text, terms, 'pending') }))
  return database.transaction('rw', [database.sources, database.mentions], async () => {
    const out: FileOutcome[] = []
    const records: StoredSource[] = []
    const mentionRows: (Mention & { key: string })[] = []
    const replaced: string[] = []
    const seen = new Map<string, StoredSource>()
    for (const { file, parsed, mentions } of prepared) {
      const same = seen.get(parsed.contentHash) ?? (await database.sources.where('contentHash').equals(parsed.contentHash).first())
      if (same) {
        out.push({ name: file.name, status: 'duplicate', sourceId: same.id, title: same.title })
        continue
      }
      const previous =
        (parsed.metadata.url ? await database.sources.where('url').equals(parsed.metadata.url).filter((s) => s.origin === 'user').first() : undefined) ??
        // The same file name alone may be another document ("index.html"): the title must agree too.
        (await database.sources
          .where('fileName')
          .equals(file.name)
          .filter((s) => s.origin === 'user' && s.title.toLowerCase() === (parsed.metadata.title ?? '').toLowerCase())
          .first())
      const id = previous?.id ?? idFor(parsed.contentHash)
      const record = sourceRecord(id, file, parsed, now, previous)
      seen.set(parsed.contentHash, record)
      records.push(record)
      if (previous) replaced.push(id)
      for (const m of mentions) mentionRows.push({ ...m, sourceId: id, key: `${id}:${m.start}:${m.entityType}:${m.entityId}` })
      out.push({ name: file.name, status: previous ? 'updated' : 'imported', sourceId: id, title: record.title, mentions: mentions.length })
    }
    if (replaced.length) await database.mentions.where('sourceId').anyOf(replaced).delete()
    await database.sources.bulkPut(records)
    await database.mentions.bulkPut(mentionRows)
    return out
  })
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

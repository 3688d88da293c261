/**
 * Writing parsed files: what is stored already (by text hash, URL, file name), the source record
 * of each file, and one transaction per chunk of files for their sources and mention rows.
 */
import type { Mention } from '@shared/model/dataset'
import type { ParsedImport } from '@shared/import/parseDocument'
import type { ImportFile } from './prepareFile'
import { isUsers, storedMention, type DeskDatabase, type StoredMention, type StoredSource } from '../../db/db'

export type { ImportFile }

export type FileOutcome =
  | { name: string; status: 'imported'; sourceId: string; title: string; mentions: number }
  | { name: string; status: 'updated'; sourceId: string; title: string; mentions: number }
  | { name: string; status: 'duplicate'; sourceId: string; title: string }
  | { name: string; status: 'failed'; reason: string }

/** A file read and checked, with the places it names known records (capped per record). */
export interface PreparedFile {
  /** Its position in the batch: outcomes are listed in the order the files were given. */
  index: number
  file: ImportFile
  parsed: ParsedImport
  mentions: Mention[]
}

/**
 * What is already stored, by the keys an import checks: text hashes (duplicates), URLs and file
 * names (new versions). Read once per import from the indexes alone, then kept up to date, so a
 * chunk of new files costs no lookups; only a hit is fetched.
 */
export interface StoredKeys {
  hashes: Set<string>
  urls: Set<string>
  names: Set<string>
}

export async function storedKeys(database: DeskDatabase): Promise<StoredKeys> {
  const [hashes, urls, names] = await Promise.all([
    database.sources.orderBy('contentHash').uniqueKeys(),
    database.sources.orderBy('url').uniqueKeys(),
    database.sources.orderBy('fileName').uniqueKeys()
  ])
  return { hashes: new Set(hashes.map(String)), urls: new Set(urls.map(String)), names: new Set(names.map(String)) }
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

/**
 * An imported file that replaces an earlier version: same URL, or same file name and title.
 * Undefined at once when no key matches: an await with no request pending would let
 * IndexedDB commit the chunk's transaction early.
 */
function previousVersion(database: DeskDatabase, file: ImportFile, parsed: ParsedImport, keys: StoredKeys): PromiseLike<StoredSource | undefined> | undefined {
  const title = (parsed.metadata.title ?? '').toLowerCase()
  // The same file name alone may be another document ("index.html"): the title must agree too.
  const byName = (): PromiseLike<StoredSource | undefined> | undefined =>
    keys.names.has(file.name)
      ? database.sources
          .where('fileName')
          .equals(file.name)
          .filter((s) => isUsers(s) && s.title.toLowerCase() === title)
          .first()
      : undefined
  const url = parsed.metadata.url
  if (!url || !keys.urls.has(url)) return byName()
  return database.sources
    .where('url')
    .equals(url)
    .filter(isUsers)
    .first()
    .then((found) => found ?? byName())
}

/**
 * Writes prepared files in one transaction: new sources, new versions, and their mentions. On a
 * failure nothing of the chunk is stored; the error carries the transaction's own error as its
 * `cause`, since Dexie reports a bulk write's rows as merely aborted when the disk was full.
 */
export async function writeChunk(database: DeskDatabase, chunk: readonly PreparedFile[], keys: StoredKeys): Promise<Map<number, FileOutcome>> {
  const now = new Date().toISOString()
  let transaction: IDBTransaction | null = null
  const written = await database
    .transaction('rw', [database.sources, database.mentions], async (tx) => {
      transaction = tx.idbtrans
      const out = new Map<number, FileOutcome>()
      const records: StoredSource[] = []
      const mentionRows: StoredMention[] = []
      const replaced: string[] = []
      const inChunk = new Map<string, StoredSource>()
      for (const { index, file, parsed, mentions } of chunk) {
        const same = inChunk.get(parsed.contentHash) ?? (keys.hashes.has(parsed.contentHash) ? await database.sources.where('contentHash').equals(parsed.contentHash).first() : undefined)
        if (same) {
          out.set(index, { name: file.name, status: 'duplicate', sourceId: same.id, title: same.title })
          continue
        }
        const lookup = previousVersion(database, file, parsed, keys)
        const previous = lookup ? await lookup : undefined
        const id = previous?.id ?? idFor(parsed.contentHash)
        const record = sourceRecord(id, file, parsed, now, previous)
        inChunk.set(parsed.contentHash, record)
        records.push(record)
        if (previous) replaced.push(id)
        for (const m of mentions) mentionRows.push(storedMention({ ...m, sourceId: id }))
        out.set(index, { name: file.name, status: previous ? 'updated' : 'imported', sourceId: id, title: record.title, mentions: mentions.length })
      }
      if (replaced.length) await database.mentions.where('sourceId').anyOf(replaced).delete()
      await database.sources.bulkPut(records)
      await database.mentions.bulkPut(mentionRows)
      return { out, records }
    })
    .catch((error: unknown) => {
      const cause = (transaction as IDBTransaction | null)?.error
      if (cause && error && typeof error === 'object' && !('cause' in error)) Object.assign(error, { cause })
      throw error
    })
  for (const r of written.records) {
    keys.hashes.add(r.contentHash!)
    if (r.url) keys.urls.add(r.url)
    keys.names.add(r.fileName!)
  }
  return written.out
}

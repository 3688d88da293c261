/**
 * The import's check for room: what the parsed files will store (`estimateImportBytes`) against
 * what the bridge says is free. Reads only the search index's content figures (kept in `meta` by
 * the search service when it stores the index) or, before it first has, the stored texts.
 */
import { checkRoom, documentSize, estimateImportBytes, passageCount, storedStringBytes, type IndexedContent, type RoomCheck } from '@shared/import/storageEstimate'
import type { StorageSpace } from '@shared/ipc'
import type { Result } from '@shared/result'
import type { DeskDatabase } from '../../db/db'
import { SEARCH_INDEX_CONTENT_KEY } from '../../db/db'
import type { PreparedFile } from './importWrite'

/** What the stored search index holds, so the estimate can count its rewrite. */
export async function indexedContent(database: DeskDatabase): Promise<IndexedContent> {
  const row = (await database.meta.get(SEARCH_INDEX_CONTENT_KEY))?.value as Partial<IndexedContent> | undefined
  if (typeof row?.textBytes === 'number' && typeof row.passages === 'number') return { textBytes: row.textBytes, passages: row.passages }
  const content = { textBytes: 0, passages: 0 }
  await database.sources.each((s) => {
    content.textBytes += storedStringBytes(s.text)
    content.passages += passageCount(s.text)
  })
  return content
}

/**
 * Whether the prepared files fit, or the refusal in words; null when the room cannot be read
 * (the import then goes ahead, each chunk still in its own transaction).
 */
export async function importRoom(database: DeskDatabase, prepared: readonly PreparedFile[], space: () => Promise<Result<StorageSpace>>): Promise<RoomCheck | null> {
  const answer = await space().catch(() => null)
  if (!answer?.ok) return null
  const estimate = estimateImportBytes(
    prepared.map((p) => documentSize(p.parsed.text, p.mentions.length)),
    await indexedContent(database)
  )
  return checkRoom(estimate, answer.value)
}

/**
 * How much disk an import will take, worked out before anything is written, and whether the room
 * left allows it. Pure: the import passes in what it parsed and what the bridge says is free.
 *
 * The ratios are measured, not guessed: `bench/storage.ts` imports 150 pages of about 40 KB into
 * Chromium 156's IndexedDB (LevelDB) and samples the profile folder every 100 ms. Peak growth of
 * the folder, from before the import to after the search index was stored, when the index held
 * its passages' text (the ratios below come from these runs):
 *
 * | pages                             | stored text         | passages | mention rows | peak    |
 * | --------------------------------- | ------------------- | -------- | ------------ | ------- |
 * | generated, dense with known names | 5.9 MB (one byte)   | 13,071   | 13,799       | 17.3 MB |
 * | generated, no known names         | 5.9 MB (one byte)   | 12,759   | 299          | 9.4 MB  |
 * | real prose (relevance fixtures)   | 11.7 MB (two bytes) | 36,190   | 26,900       | 44.0 MB |
 * | dense, before the mention cap     | 5.9 MB (one byte)   | 13,071   | 113,573      | 77.9 MB |
 *
 * Since the index keeps no text (its passages are spans of their sources) and an import adds a
 * segment, the same runs take less: dense 9.5 MB, no names 6.2 MB, prose (now 34,569 passages,
 * 26,462 rows) 38.5 MB. The ratios are kept: the estimate stays above every run, and a large
 * import still rebuilds the whole index, whose old copy goes only once the new one is stored.
 *
 * From these: a mention row takes about 800 bytes (its key, its two index entries and LevelDB's
 * own; uncompressed in the log until compaction); text takes 0.54 (repetitive) to 0.88 (prose)
 * bytes per stored byte, counted here as 1 (no compression); the search index took about 0.71
 * bytes per byte of text plus 146 bytes per passage (now about 10 % less); and LevelDB's
 * compaction writes its compacted copy before deleting the log, which put the uncapped run 20 MB
 * (a third) above what it had just stored. The whole new index (what was indexed before plus the
 * import) counts, as a rebuild stores it beside the old one.
 * Checked against both sets of runs (test/shared/storageEstimate.test.ts): 56 MB estimated for
 * the prose's 44 and 38.5 MB, and 28, 14 and 129 MB for the generated runs: never below.
 *
 * When changing the search index's stored form, the mention rows or the chunked writes, run
 * `npx tsx bench/storage.ts --names prose` (and `dense`, `none`) and update these figures.
 */
import { LINKS_PER_RECORD } from '../mentions/findMentions'
import { MAX_PASSAGE, toParagraphs } from '../text/paragraphs'
import type { StorageSpace } from '../ipc'

/** Bytes on disk per mention row (measured: 804 with the cap, about 510 to 600 uncompacted without). */
export const MENTION_ROW_BYTES = 800
/** The search index on disk per byte of text and per passage. */
export const INDEX_BYTES_PER_TEXT_BYTE = 0.71
export const INDEX_BYTES_PER_PASSAGE = 146
/** LevelDB's compaction: the compacted copy is written before the log it replaces is deleted. */
export const COMPACTION_FACTOR = 1.33
/** What the estimate may have missed (other text, another Chromium): asked on top of it. */
export const SAFETY_FACTOR = 1.1
/**
 * Left free beyond the estimate. On a disk, for the system and Chromium's own files (logs,
 * caches, the next compaction); in a browser the quota already leaves the disk a margin.
 */
export const RESERVE_BYTES: Record<StorageSpace['kind'], number> = { disk: 64 * 1024 * 1024, 'browser-quota': 8 * 1024 * 1024 }

/** What one document will store: its text, its search passages, its mention rows. */
export interface DocumentSize {
  /** The text as IndexedDB stores a string: one byte a character, two if any is beyond Latin-1. */
  textBytes: number
  passages: number
  mentionRows: number
}

/** What the search index holds already (it is rewritten whole, with the old copy kept meanwhile). */
export interface IndexedContent {
  textBytes: number
  passages: number
}

export const storedStringBytes = (text: string): number => (/[\u0100-\uffff]/.test(text) ? 2 : 1) * text.length

/** Search passages of a text, as `passageDocuments` cuts them: long paragraphs in pieces of at most `MAX_PASSAGE`. */
export function passageCount(text: string): number {
  return toParagraphs(text).reduce((n, p) => n + Math.max(1, Math.ceil(p.text.length / MAX_PASSAGE)), 0)
}

export function documentSize(text: string, mentionRows: number): DocumentSize {
  return { textBytes: storedStringBytes(text), passages: passageCount(text), mentionRows }
}

/**
 * The most a text file (HTML, Markdown or plain text, not PDF: its streams are compressed) of
 * `fileBytes` can store, whatever it says: decoding never gives more characters than bytes, each
 * taking at most two bytes; a passage needs at least one character and a blank line after it, and
 * long ones are cut every `MAX_PASSAGE`; and a source keeps at most `LINKS_PER_RECORD` mentions of
 * each of the `records` it can name. If even this fits, an import can write as it reads.
 */
export function mostStoredFor(fileBytes: number, records: number): DocumentSize {
  return { textBytes: 2 * fileBytes, passages: Math.ceil(fileBytes / 3) + Math.ceil(fileBytes / MAX_PASSAGE) + 1, mentionRows: LINKS_PER_RECORD * records }
}

const indexBytes = (c: IndexedContent): number => c.textBytes * INDEX_BYTES_PER_TEXT_BYTE + c.passages * INDEX_BYTES_PER_PASSAGE

/**
 * Bytes the import will need on disk at its peak: its texts and mention rows (with LevelDB's
 * compaction), then the whole new search index, written while the old one still exists.
 */
export function estimateImportBytes(documents: readonly DocumentSize[], indexed: IndexedContent): number {
  const sum = (key: keyof DocumentSize): number => documents.reduce((n, d) => n + d[key], 0)
  const rows = sum('textBytes') + sum('mentionRows') * MENTION_ROW_BYTES
  const index = indexBytes({ textBytes: indexed.textBytes + sum('textBytes'), passages: indexed.passages + sum('passages') })
  return Math.ceil(rows * COMPACTION_FACTOR + index)
}

const MB = 1024 * 1024

/** "about 120 MB": whole megabytes, rounded up for what is needed and down for what is free. */
export function megabytes(bytes: number, round: 'up' | 'down'): string {
  const value = (round === 'up' ? Math.ceil : Math.floor)(Math.max(0, bytes) / MB)
  if (value >= 10 * 1024) return `${(value / 1024).toFixed(1)} GB`
  return `${value.toLocaleString('en')} MB`
}

export type RoomCheck = { ok: true; needed: number } | { ok: false; needed: number; message: string }

/**
 * Whether `estimate` bytes fit in `space` with the safety factor and reserve; if not, the refusal
 * in words that say how much is needed, how much is free, and that nothing was stored.
 */
export function checkRoom(estimate: number, space: StorageSpace): RoomCheck {
  const needed = Math.ceil(estimate * SAFETY_FACTOR + RESERVE_BYTES[space.kind])
  if (needed <= space.free) return { ok: true, needed }
  const free = megabytes(space.free, 'down')
  const message =
    space.kind === 'disk'
      ? `Not enough free disk space: this import needs about ${megabytes(needed, 'up')}; ${free} ${free === '1 MB' ? 'is' : 'are'} free. Nothing was stored and your notes are safe. Free some space, or import fewer files at a time.`
      : `Not enough storage space: this import needs about ${megabytes(needed, 'up')}; the browser lets this app store about ${free} more. Nothing was stored and your notes are safe. Free some disk space, or import fewer files at a time.`
  return { ok: false, needed, message }
}

/**
 * The texts of passages the large index does not hold in memory: a passage is a span of its
 * source's text, so the sources table is its store. A query reads the sources of the hits it
 * shows; the texts read last are kept up to a budget, since typing a query runs it again and again
 * over much the same hits.
 */
import type { SearchDoc } from '@shared/search/documents'
import type { TextStore } from '@shared/search/engine'
import { reopenIfClosed, type DeskDatabase } from '../db/db'

/** Bytes of source text kept between queries (UTF-16 in memory, so about half as many characters). */
const KEPT_BYTES = 24 * 1024 * 1024

export class SourceTexts implements TextStore {
  /** Source id → its text, the most recently used last. */
  private readonly kept = new Map<string, string>()
  private keptBytes = 0

  constructor(private readonly database: DeskDatabase) {}

  async read(docs: readonly SearchDoc[]): Promise<Map<string, string>> {
    const ids = [...new Set(docs.map((d) => d.id))]
    const texts = new Map<string, string>()
    const missing: string[] = []
    for (const id of ids) {
      const text = this.kept.get(id)
      if (text === undefined) missing.push(id)
      else texts.set(id, this.touch(id, text))
    }
    if (missing.length) {
      // Dexie stays closed after a write that failed on a full disk; reading still works once reopened.
      await reopenIfClosed(this.database)
      const rows = await this.database.sources.bulkGet(missing)
      rows.forEach((row, i) => {
        if (row) texts.set(missing[i]!, this.keep(missing[i]!, row.text))
      })
    }
    const out = new Map<string, string>()
    for (const doc of docs) {
      const text = texts.get(doc.id)
      if (text !== undefined && doc.start !== undefined) out.set(doc.ref, text.slice(doc.start, doc.end))
    }
    return out
  }

  /** A source changed or was removed: its text is read again. */
  forget(): void {
    this.kept.clear()
    this.keptBytes = 0
  }

  private touch(id: string, text: string): string {
    this.kept.delete(id)
    this.kept.set(id, text)
    return text
  }

  private keep(id: string, text: string): string {
    const bytes = text.length * 2
    if (bytes > KEPT_BYTES / 4) return text
    this.kept.set(id, text)
    this.keptBytes += bytes
    for (const [oldest, old] of this.kept) {
      if (this.keptBytes <= KEPT_BYTES) break
      this.kept.delete(oldest)
      this.keptBytes -= old.length * 2
    }
    return text
  }
}

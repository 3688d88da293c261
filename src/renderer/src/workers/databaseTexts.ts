/**
 * The texts the large index does not hold in memory: a passage is a span of its source's text,
 * so the sources table is its store; a record's text is made again from the record. A query
 * reads those of the hits it shows; the source texts read last are kept up to a budget, since
 * typing a query runs it again and again over much the same hits.
 */
import { datasetDocuments, type SearchDoc } from '@shared/search/documents'
import type { TextStore } from '@shared/search/engine'
import { reopenIfClosed, type DeskDatabase, type StoredParty } from '../db/db'

/** Bytes of source text kept between queries (UTF-16 in memory, so about half as many characters). */
const KEPT_BYTES = 24 * 1024 * 1024

export class DatabaseTexts implements TextStore {
  /** Source id → its text, the most recently used last. */
  private readonly kept = new Map<string, string>()
  private keptBytes = 0

  constructor(private readonly database: DeskDatabase) {}

  private parties: StoredParty[] | null = null

  async read(docs: readonly SearchDoc[]): Promise<Map<string, string>> {
    const passages = docs.filter((d) => d.kind === 'passage')
    const records = docs.filter((d) => d.kind === 'initiative' || d.kind === 'meeting' || d.kind === 'party')
    const out = passages.length ? await this.passages(passages) : new Map<string, string>()
    if (records.length) for (const [ref, body] of await this.records(records)) out.set(ref, body)
    return out
  }

  /** Records' texts, made as the index made them (a meeting's names its parties). */
  private async records(docs: readonly SearchDoc[]): Promise<Map<string, string>> {
    const d = this.database
    await reopenIfClosed(d)
    const ids = (kind: string): string[] => docs.filter((doc) => doc.kind === kind).map((doc) => doc.id)
    const [initiatives, meetings] = await Promise.all([d.initiatives.bulkGet(ids('initiative')), d.meetings.bulkGet(ids('meeting'))])
    this.parties ??= await d.parties.toArray()
    const wanted = new Set(docs.map((doc) => doc.ref))
    const made = datasetDocuments({ initiatives: initiatives.filter((x) => !!x), meetings: meetings.filter((x) => !!x), parties: this.parties, sources: [] })
    return new Map(made.filter((doc) => wanted.has(doc.ref)).map((doc) => [doc.ref, doc.body]))
  }

  private async passages(docs: readonly SearchDoc[]): Promise<Map<string, string>> {
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

  /** A source or record changed or was removed: its text is read again. */
  forget(): void {
    this.kept.clear()
    this.keptBytes = 0
    this.parties = null
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

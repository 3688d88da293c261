/**
 * One picked file to what the import stores of it, or the reason it cannot be imported: the same
 * steps in the import's workers (`parse.worker.ts`) and, for PDFs and where workers cannot start,
 * in the page.
 */
import { linkedMentions, type MentionTerm } from '@shared/mentions/findMentions'
import type { Mention } from '@shared/model/dataset'
import { ImportError, MAX_IMPORT_BYTES, parseDocument, type ImportTools, type ParsedImport } from '@shared/import/parseDocument'

export type PreparedContent = { ok: true; parsed: ParsedImport; mentions: Mention[] } | { ok: false; reason: string }

export interface ImportFile {
  name: string
  size: number
  bytes: Uint8Array
  /** Why the bridge did not read this file; the import reports it as failed with this reason. */
  refused?: string
}

export async function prepareFile(file: ImportFile, tools: ImportTools, terms: readonly MentionTerm[]): Promise<PreparedContent> {
  try {
    if (file.refused) throw new ImportError(file.refused)
    if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`the file is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit.`)
    const parsed = await parseDocument(file.name, file.bytes, tools)
    return { ok: true, parsed, mentions: linkedMentions(parsed.text, terms, 'pending') }
  } catch (error) {
    return { ok: false, reason: error instanceof ImportError ? error.message : `it could not be read (${error instanceof Error ? error.message : String(error)}).` }
  }
}

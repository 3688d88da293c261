/** Messages between the import (`parsePool.ts`) and its parsing workers (`parse.worker.ts`). */
import type { MentionTerm } from '@shared/mentions/findMentions'
import type { ImportFile, PreparedContent } from '../features/import/prepareFile'

export type ParseRequest = { type: 'terms'; terms: MentionTerm[] } | { type: 'parse'; id: number; file: ImportFile }

export interface ParseResponse {
  id: number
  content: PreparedContent
}

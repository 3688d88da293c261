import type { CslItem, Locator } from '@shared/citations/csl'
import type { FormattedCitation } from '@shared/citations/format'
import type { CitationStyleId } from '@shared/citations/styles'

export type CitationRequest = { id: number; item: CslItem; style: CitationStyleId; locator?: Locator }
export type CitationResponse = { id: number; ok: true; citation: FormattedCitation } | { id: number; ok: false; error: string }

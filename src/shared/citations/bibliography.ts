/**
 * Bibliographies for reference managers (Zotero, EndNote, Mendeley, JabRef): CSL-JSON, BibTeX,
 * BibLaTeX and RIS written from the sources' CSL items, and read back, through Citation.js's
 * parsers and writers rather than hand-made ones.
 */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { CslItem } from './csl'

export type BibliographyFormat = 'csl-json' | 'bibtex' | 'biblatex' | 'ris'

export const BIBLIOGRAPHY_FORMATS: Record<BibliographyFormat, { label: string; extension: string }> = {
  'csl-json': { label: 'CSL-JSON (Zotero, pandoc)', extension: 'json' },
  bibtex: { label: 'BibTeX', extension: 'bib' },
  biblatex: { label: 'BibLaTeX (pandoc, biber)', extension: 'bib' },
  ris: { label: 'RIS (EndNote, Mendeley)', extension: 'ris' }
}

export function toBibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`
  let text = new Cite([...items]).format(format, { format: 'text' }) as string
  // Citation.js folds RIS values every 70 characters, mid-word, and readers (its own, Zotero's)
  // join the pieces with a space ("ASE AN"): one value, one line.
  if (format === 'ris') text = text.replace(/\n(?![A-Z][A-Z0-9] {2}- ?)/g, '')
  return text.endsWith('\n') ? text : `${text}\n`
}

/** A CSL-JSON, BibTeX/BibLaTeX or RIS file's entries as CSL items; throws with a reason when it is none of these. */
export function fromBibliography(text: string): CslItem[] {
  const trimmed = text.trim()
  if (!trimmed) throw new Error('The file is empty.')
  let items: Record<string, unknown>[]
  try {
    const type = formatOf(trimmed)
    // JSON is parsed here: Citation.js's CSL input type takes the objects, not their text.
    items = new Cite(type === '@csl/list+object' ? [].concat(JSON.parse(trimmed) as never) : trimmed, { forceType: type }).data
  } catch (error) {
    throw new Error(`It could not be read as CSL-JSON, BibTeX or RIS: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  if (!items.length) throw new Error('It holds no entries Citation.js recognises as CSL-JSON, BibTeX or RIS.')
  // Citation.js keeps how it parsed each entry under `_graph`: not part of the item.
  return items.filter((i) => typeof i.title === 'string').map(({ _graph, ...item }) => item) as unknown as CslItem[]
}

/** Which parser to use, from the text's first characters (Citation.js would otherwise also try to fetch URLs or DOIs it finds). */
function formatOf(text: string): string {
  if (text.startsWith('[') || text.startsWith('{')) return '@csl/list+object'
  if (text.startsWith('@')) return '@biblatex/text'
  if (/^TY {2}- /m.test(text)) return '@ris/file'
  throw new Error('It is not CSL-JSON (starts with [ or {), BibTeX (@type{…}) or RIS (TY  - …).')
}

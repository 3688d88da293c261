/**
 * Exports for other tools: CSL-JSON of the cited sources (Zotero, pandoc) and W3C Web Annotation
 * JSON-LD of the highlights (Hypothesis-style tools). Pure and deterministic, like the Markdown.
 */
import type { Annotation } from '../model/annotation'
import { citableUrl } from '../model/labels'
import { byCreated, PANDOC_BIBLIOGRAPHY, type ExportSource } from './markdown'
import { citationKeys, cslItemOf, type CslItem } from '../citations/csl'
import { toBibliography } from '../citations/bibliography'
import { compareText } from '../text/compare'

/** The sources the given annotations point at. */
function citedSources(sources: readonly ExportSource[], annotations: readonly Annotation[]): ExportSource[] {
  const cited = new Set(annotations.filter((a) => !a.deleted && a.targetType === 'source').map((a) => a.targetId))
  return sources.filter((s) => cited.has(s.id))
}

/** `chosen` as CSL items by id, under the keys of the whole library (so a key does not change with what is cited). */
function itemsOf(library: readonly ExportSource[], chosen: readonly ExportSource[]): CslItem[] {
  const keys = citationKeys(library)
  return [...chosen].sort((a, b) => compareText(a.id, b.id)).map((s) => cslItemOf(s, keys.get(s.id)!))
}

/** The cited sources as CSL items under their citation keys (the keys the pandoc export cites). */
export const citedItems = (sources: readonly ExportSource[], annotations: readonly Annotation[]): CslItem[] => itemsOf(sources, citedSources(sources, annotations))

/** Every source of the library as CSL items, by id, under the same keys. */
export const allItems = (sources: readonly ExportSource[]): CslItem[] => itemsOf(sources, sources)

/** What a pandoc export writes beside its Markdown: the cited sources as CSL-JSON and as BibLaTeX. */
export function pandocBibliographies(sources: readonly ExportSource[], annotations: readonly Annotation[]): { path: string; content: string }[] {
  const items = citedItems(sources, annotations)
  return [
    { path: PANDOC_BIBLIOGRAPHY, content: toBibliography(items, 'csl-json') },
    { path: 'references.bib', content: toBibliography(items, 'biblatex') }
  ]
}

/** Highlights as a W3C Web Annotation collection, with quote and position selectors. */
export function webAnnotations(sources: readonly ExportSource[], annotations: readonly Annotation[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const items = annotations
    .filter((a) => !a.deleted && a.kind === 'highlight' && a.selector)
    .sort(byCreated)
    .map((a) => {
      const source = byId.get(a.targetId)
      const bodies = [
        ...(a.body.trim() ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.body.trim() }] : []),
        ...[...a.tags].sort().map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }))
      ]
      return {
        id: `urn:asean-digital-desk:annotation:${a.id}`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: a.created,
        modified: a.updated,
        ...(bodies.length ? { body: bodies } : {}),
        target: {
          source: citableUrl(source?.url) ?? `urn:asean-digital-desk:source:${a.targetId}`,
          ...(source ? { 'dc:title': source.title } : {}),
          selector: [
            { type: 'TextQuoteSelector', exact: a.selector!.quote.exact, prefix: a.selector!.quote.prefix, suffix: a.selector!.quote.suffix },
            { type: 'TextPositionSelector', start: a.selector!.position.start, end: a.selector!.position.end }
          ]
        }
      }
    })
  return `${JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'ASEAN Digital Desk highlights', total: items.length, first: { type: 'AnnotationPage', items } }, null, 2)}\n`
}

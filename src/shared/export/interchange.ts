/**
 * Exports for other tools: CSL-JSON of the cited sources (Zotero, pandoc) and W3C Web Annotation
 * JSON-LD of the highlights (Hypothesis-style tools). Pure and deterministic, like the Markdown.
 */
import type { Annotation } from '../model/annotation'
import { citableUrl } from '../model/labels'
import { byCreated, type ExportSource } from './markdown'
import { compareText } from '../text/compare'

/** Our source kinds as CSL item types; press releases and announcements are web pages in CSL. */
const CSL_TYPES: Record<string, string> = { 'journal-article': 'article-journal', article: 'article-newspaper', news: 'article-newspaper', report: 'report' }

/** The sources the given annotations point at, as CSL-JSON items sorted by id. */
export function cslJson(sources: readonly ExportSource[], annotations: readonly Annotation[]): string {
  const cited = new Set(annotations.filter((a) => !a.deleted && a.targetType === 'source').map((a) => a.targetId))
  const items = sources
    .filter((s) => cited.has(s.id))
    .sort((a, b) => compareText(a.id, b.id))
    .map((s) => {
      const date = s.publishedOn?.split('-').map(Number)
      return {
        id: s.id,
        type: CSL_TYPES[s.kind ?? ''] ?? 'webpage',
        title: s.title,
        ...(s.publisher ? { publisher: s.publisher, 'container-title': s.publisher } : {}),
        ...(date ? { issued: { 'date-parts': [date] } } : {}),
        ...(citableUrl(s.url) ? { URL: citableUrl(s.url)! } : {}),
        language: s.language
      }
    })
  return `${JSON.stringify(items, null, 2)}\n`
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

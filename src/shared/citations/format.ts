/**
 * Citations formatted by citeproc-js (the processor behind Zotero and many pandoc styles),
 * through Citation.js, in one of the bundled CSL styles: the in-text citation with its locator
 * ("(MDES, 2025, para. 3)", "[1, para. 3]") and the reference-list entry, each as plain text,
 * HTML (for word processors) and Markdown.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import type { CslItem, Locator } from './csl'
import { decodeEntities } from '../text/htmlToText'
import { CITATION_STYLES, CSL_LOCALES, type CitationStyleId } from './styles'

export interface Formatted {
  text: string
  html: string
  markdown: string
}

export interface FormattedCitation {
  /** The citation in the text, with the locator when there is one. */
  inText: Formatted
  /** The entry in the reference list. */
  reference: Formatted
}

let registered = false
function register(): void {
  if (registered) return
  const config = plugins.config.get('@csl') as { templates: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } }
  for (const style of CITATION_STYLES) config.templates.add(style.id, style.xml)
  for (const [lang, xml] of Object.entries(CSL_LOCALES)) config.locales.add(lang, xml)
  registered = true
}

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1')

/**
 * citeproc-js's HTML as Markdown: italics and bold kept, every other tag (small caps, the entry's
 * div, IEEE's number column) reduced to its text.
 */
export function htmlToMarkdown(html: string): string {
  const out: string[] = []
  const pattern = /<\/?([a-z]+)[^>]*>|([^<]+)/gi
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[2] !== undefined) out.push(escapeMarkdown(decodeEntities(m[2])))
    else if (/^(i|em)$/i.test(m[1]!)) out.push('*')
    else if (/^(b|strong)$/i.test(m[1]!)) out.push('**')
    // IEEE's number and its entry are two blocks side by side: a space between them.
    else if (/^div$/i.test(m[1]!)) out.push(' ')
  }
  return out.join('').replace(/\s+/g, ' ').trim()
}

const textOf = (html: string): string =>
  decodeEntities(html.replace(/<\/?div[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

const formatted = (html: string): Formatted => {
  const clean = html.trim()
  return { html: clean, text: textOf(clean), markdown: htmlToMarkdown(clean) }
}

const localeOfStyle = (style: CitationStyleId): string => CITATION_STYLES.find((s) => s.id === style)!.locale

/** One source cited in `style`, at `locator` if given. */
export function formatCitation(item: CslItem, style: CitationStyleId, locator?: Locator): FormattedCitation {
  register()
  const options = { template: style, lang: localeOfStyle(style), format: 'html' }
  const cite = new Cite([item])
  const entry = locator ? [{ id: item.id, locator: locator.value, label: locator.label }] : [{ id: item.id }]
  const inText = cite.format('citation', { ...options, entry }) as string
  return { inText: formatted(inText), reference: formatted(entriesOf(cite, options)[0] ?? '') }
}

/** Each entry of a reference list as citeproc-js writes it, without Citation.js's wrapper and ids. */
function entriesOf(cite: Cite, options: Record<string, unknown>): string[] {
  const entries = cite.format('bibliography', { ...options, asEntryArray: true }) as [string, string][]
  return entries.map(([, html]) => html.replace(/ data-csl-entry-id="[^"]*"/, '').trim())
}

/** A reference list of several sources, in the style's order. */
export function formatBibliography(items: readonly CslItem[], style: CitationStyleId): Formatted[] {
  register()
  return entriesOf(new Cite([...items]), { template: style, lang: localeOfStyle(style), format: 'html' }).map(formatted)
}

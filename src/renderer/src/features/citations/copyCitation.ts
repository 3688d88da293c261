/**
 * "Copy citation" and "Copy quote with citation": a source (or a passage of it) cited in the
 * chosen style by citeproc-js, put on the clipboard as Markdown (plain text) and as HTML, which
 * word processors paste with its italics.
 */
import { cslItemOf, locatorAt } from '@shared/citations/csl'
import { CITATION_STYLES } from '@shared/citations/styles'
import { findQuote, toParagraphs } from '@shared/text/paragraphs'
import { escapeHtml } from '@shared/text/escapeHtml'
import { blockQuote } from '@shared/export/markdown'
import { db } from '../../db/db'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { citationStyle } from './citationStyle'
import { formatInBackground } from './citationClient'

/** What is cited: a source, and where in it when a passage is. */
export interface CitationTarget {
  sourceId: string
  /** Offset of the passage in the source's text: its paragraph (or PDF page) is the locator. */
  at?: number
  /** Or a quote of it, found in the text (an evidence quote). */
  quote?: string
}


async function cite(target: CitationTarget) {
  const source = await db.sources.get(target.sourceId)
  if (!source) throw new Error('That source is no longer in the library.')
  const at = target.at ?? (target.quote ? findQuote(source.text, target.quote)?.start : undefined)
  const locator = at === undefined ? undefined : locatorAt(at, toParagraphs(source.text), source.pages)
  const style = citationStyle()
  return { style: CITATION_STYLES.find((s) => s.id === style)!.label, ...(await formatInBackground(cslItemOf(source, source.id), style, locator)) }
}

/** The clipboard content for a citation: the in-text citation, then the reference-list entry. */
export async function citationContent(target: CitationTarget): Promise<{ text: string; html: string; style: string }> {
  const { style, inText, reference } = await cite(target)
  return { style, text: `${inText.markdown}\n\n${reference.markdown}\n`, html: `<p>${inText.html}</p>\n${reference.html}` }
}

/** A quote as a block quote, its in-text citation after it, then the reference-list entry. */
export async function quoteContent(target: CitationTarget, quote: string): Promise<{ text: string; html: string; style: string }> {
  const { style, inText, reference } = await cite(target)
  const text = `${blockQuote(quote)}\n\n${inText.markdown}\n\n${reference.markdown}\n`
  const lines = quote.trim().split(/\r?\n/)
  const html = `<blockquote>${lines.filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l.trim())}</p>`).join('')}</blockquote>\n<p>${inText.html}</p>\n${reference.html}`
  return { style, text, html }
}

async function put(content: Promise<{ text: string; html: string; style: string }>, what: string): Promise<void> {
  try {
    const { text, html, style } = await content
    const written = await desk.copy({ text, html })
    if (!written.ok) throw new Error(written.error)
    notify(`Copied ${what} (${style}).`)
  } catch (error) {
    notify(`Could not copy ${what}: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' })
  }
}

export const copyCitation = (target: CitationTarget): Promise<void> => put(citationContent(target), 'the citation')
export const copyQuoteWithCitation = (target: CitationTarget, quote: string): Promise<void> => put(quoteContent(target, quote), 'the quote with its citation')

import { marked } from 'marked'
import DOMPurify from 'dompurify'
import { replaceLinks } from '@shared/annotations/noteLinks'
import { escapeHtml } from '@shared/text/escapeHtml'
import { LINK_PATHS } from './noteLinkNames'


/**
 * Markdown to safe HTML for note previews: marked renders, DOMPurify strips scripts, event
 * handlers, `javascript:` URLs, iframes and forms. Links open nowhere inside the app window.
 * A `[[type:id|label]]` link to a record becomes a link into the app, under the record's current
 * name when `names` has it (a record gone keeps the label it was written with, marked missing).
 */
export function renderMarkdown(markdown: string, names?: ReadonlyMap<string, string>): string {
  const linked = replaceLinks(markdown, (link) => {
    const name = names?.get(`${link.type}:${link.id}`)
    if (names && name === undefined) return `<span class="record-link missing" title="No longer in the library">${escapeHtml(link.label)}</span>`
    return `<a class="record-link" href="#/${LINK_PATHS[link.type]}/${encodeURIComponent(link.id)}">${escapeHtml(name ?? link.label)}</a>`
  })
  const html = marked.parse(linked, { async: false, gfm: true, breaks: true })
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'img'],
    FORBID_ATTR: ['style']
  })
}

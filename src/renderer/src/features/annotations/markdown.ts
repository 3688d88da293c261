import { marked } from 'marked'
import DOMPurify from 'dompurify'

/**
 * Markdown to safe HTML for note previews: marked renders, DOMPurify strips scripts, event
 * handlers, `javascript:` URLs, iframes and forms. Links open nowhere inside the app window.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true })
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'img'],
    FORBID_ATTR: ['style']
  })
}

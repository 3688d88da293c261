/**
 * Imported HTML through DOMPurify before anything reads it: only text-bearing elements survive,
 * with no attributes but links' `href` (http, https, mailto). Scripts, event handlers, styles,
 * forms, frames, SVG, MathML and images (remote content) are dropped. The reader then shows only
 * the text; this is the line of defence before that, and the CSP is the one after.
 */
import DOMPurify from 'dompurify'

const TEXT_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'ins', 'kbd', 'li', 'main',
  'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul'
]

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: TEXT_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    // Elements whose content is code or hidden, not reading text.
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'head', 'textarea', 'select', 'option'],
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false
  })
}

/**
 * The reading text of an imported HTML page, and nothing else: what the app stores and shows of
 * it. This is the import's sanitiser. No markup, attribute or URL of the page survives, so there
 * is nothing left to run or to load; the reader renders the result as plain text.
 *
 * htmlparser2's tokenizer reads the page the way a browser's does where it matters here: the
 * raw-text elements (`script`, `style`, `title`, `textarea`, `xmp`, `iframe`, `noembed`,
 * `noframes`, `plaintext`) end only at their own end tag, comments and CDATA are not text, and
 * entities are decoded. It needs no DOM, so the same code runs in the import's workers, in the
 * page and in Node (`npm run query --import`), and a page gives the same text everywhere (its
 * content hash finds duplicates across them).
 */
import { Parser } from 'htmlparser2'

/**
 * Elements whose content is code, hidden, a form's values or a fallback, not reading text: dropped
 * whole. Only elements a page closes: one left open drops the rest of the page, as a browser
 * would not show it either. (Not `head`: a page that never closes it is read by browsers anyway.)
 */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'textarea', 'select', 'option',
  'noembed', 'noframes', 'audio', 'video', 'canvas'
])

/** Elements that start and end a paragraph of the text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul'
])

/** Table cells: a space between them, not a paragraph each. */
const CELLS = new Set(['td', 'th'])

/** Paragraphs of `text` (blank lines between), each with its line breaks, spaces and tabs collapsed. */
export function paragraphsOf(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').replace(/[ \t\r\f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

/** The page's text: paragraphs separated by a blank line, whitespace inside each collapsed. */
export function htmlText(html: string): string {
  const parts: string[] = []
  // Open dropped elements; their text is skipped until the last one closes. The parser reports
  // a close for every open it reported (implied ones too), so the count stays true.
  let dropped = 0
  const parser = new Parser(
    {
      onopentagname(name) {
        if (DROPPED.has(name)) dropped++
        else if (dropped === 0) {
          if (BLOCKS.has(name)) parts.push('\n\n')
          else if (name === 'br') parts.push('\n')
          else if (CELLS.has(name)) parts.push(' ')
        }
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1)
        else if (dropped === 0 && BLOCKS.has(name)) parts.push('\n\n')
      },
      ontext(text) {
        // A no-break space is layout, not text: a name written with one must still read as the
        // name (mentions, quotes and search all meet it with plain spaces).
        if (dropped === 0) parts.push(text.replace(/\u00a0/g, ' '))
      }
    },
    { decodeEntities: true }
  )
  parser.end(html)
  return paragraphsOf(parts.join(''))
}

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
import { isSpaceCode } from './spaces'

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

/** Spaces that collapse to one inside a line: space, tab, carriage return, form feed. */
const isLineSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12

/**
 * Paragraphs of `text` (blank lines between), each with its line breaks, spaces and tabs
 * collapsed: the same as splitting on /\n\s*\n/, then in each part making /\s*\n\s*\/ and
 * /[ \t\r\f]+/ one space, trimming, and dropping empty parts. One pass over the runs of
 * whitespace instead (the import does this for every page): a run with two line breaks ends a
 * paragraph, one with a line break is a space, one without has its spaces and tabs collapsed and
 * any other space kept; runs at a paragraph's ends are dropped.
 */
export function paragraphsOf(text: string): string {
  let out = ''
  // Where the current paragraph began in `out`, and whether a break is due before more text.
  let paragraphStart = 0
  let breakDue = false
  let i = 0
  while (i < text.length) {
    let end = i
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++
    if (end > i) {
      if (breakDue) {
        out += '\n\n'
        paragraphStart = out.length
        breakDue = false
      }
      out += text.slice(i, end)
    }
    if (end >= text.length) break
    // A run of whitespace from `end` to `after`.
    let after = end
    let breaks = 0
    while (after < text.length && isSpaceCode(text.charCodeAt(after))) if (text.charCodeAt(after++) === 10) breaks++
    const atEdge = out.length === paragraphStart || after >= text.length
    if (breaks >= 2) breakDue ||= out.length > paragraphStart
    else if (!atEdge) {
      if (breaks === 1) out += ' '
      else {
        let run = ''
        for (let k = end; k < after; k++) {
          const c = text.charCodeAt(k)
          if (!isLineSpace(c)) run += text[k]
          else if (!run.endsWith(' ') || !isLineSpace(text.charCodeAt(k - 1))) run += ' '
        }
        out += run
      }
    }
    i = after
  }
  return out
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
        if (dropped === 0) parts.push(text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text)
      }
    },
    { decodeEntities: true }
  )
  parser.end(html)
  return paragraphsOf(parts.join(''))
}

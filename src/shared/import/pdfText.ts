/**
 * A PDF's text layer, page by page, through whichever pdf.js build the caller loaded (the browser
 * build in the renderer, the legacy build in Node tests). Errors become sentences for the user.
 */
import { ImportError, type PdfText } from './parseDocument'

interface TextItem {
  str?: string
  hasEOL?: boolean
  /** [a, b, c, d, x, y]: the text's matrix; its scale is the font size. */
  transform?: number[]
  width?: number
}
interface PdfPage {
  getTextContent(): Promise<{ items: TextItem[] }>
  cleanup(): void
}
interface PdfDocument {
  numPages: number
  getPage(n: number): Promise<PdfPage>
  destroy(): Promise<void>
}
export interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> }
}

/** A gap narrower than this share of the font size joins two pieces of text into one word. */
const WORD_GAP = 0.15

/**
 * A page's text from pdf.js's pieces. A PDF places text in pieces, and a word may be several: a
 * Thai or Vietnamese word is cut wherever a vowel or tone mark was placed apart ("ดิ" "จิ" "ทั" "ล",
 * "H" "ộ" "i"). Pieces are joined by where they stand: a space only where the next one starts
 * apart from the last on the line (pdf.js also gives the spaces it sees as pieces of their own), a
 * line break where the line ends. Characters the PDF gives no text for (U+0000, a shaped glyph
 * without a Unicode mapping) are dropped, and counted.
 */
export function joinItems(items: readonly TextItem[]): { text: string; unmapped: number } {
  let text = ''
  let unmapped = 0
  // Where the last piece ended on its line, and its font size.
  let last: { end: number; y: number; size: number } | null = null
  for (const item of items) {
    if (typeof item.str !== 'string') continue
    const str = item.str.includes('\u0000') ? item.str.split('\u0000').join('') : item.str
    unmapped += item.str.length - str.length
    const t = item.transform
    if (str && last && !/\s$/.test(text) && !/^\s/.test(str)) {
      const size = t ? Math.hypot(t[0]!, t[1]!) || last.size : last.size
      const apart = !t || Math.abs(t[5]! - last.y) > size / 2 || Math.abs(t[4]! - last.end) > size * WORD_GAP
      if (apart) text += ' '
    }
    text += str
    if (item.hasEOL) {
      text += '\n'
      last = null
    } else if (t && str) last = { end: t[4]! + (item.width ?? 0), y: t[5]!, size: Math.hypot(t[0]!, t[1]!) }
    else if (str) last = null
  }
  return { text: text.replace(/[ \t]+\n/g, '\n').trim(), unmapped }
}

export async function extractPdfText(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfText> {
  let document: PdfDocument
  try {
    // No eval and no fonts: text extraction needs neither, and the CSP forbids eval.
    document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'PasswordException') throw new ImportError('the PDF is password-protected; save an unprotected copy and import that.')
    if (name === 'InvalidPDFException') throw new ImportError('the PDF is damaged and cannot be read.')
    throw new ImportError(`the PDF cannot be read (${error instanceof Error ? error.message : String(error)}).`)
  }
  try {
    const pages: string[] = []
    let dropped = 0
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      const { text, unmapped } = joinItems(content.items)
      pages.push(text)
      dropped += unmapped
      page.cleanup()
    }
    return dropped ? { pages, unmapped: dropped } : { pages }
  } finally {
    await document.destroy()
  }
}

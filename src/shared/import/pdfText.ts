/**
 * A PDF's text layer, page by page, through whichever pdf.js build the caller loaded (the browser
 * build in the renderer, the legacy build in Node tests). Errors become sentences for the user.
 */
import { ImportError, type PdfText } from './parseDocument'

interface TextItem {
  str?: string
  hasEOL?: boolean
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
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue
        text += item.str
        if (item.hasEOL) text += '\n'
        else if (item.str && !item.str.endsWith(' ')) text += ' '
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim())
      page.cleanup()
    }
    return { pages }
  } finally {
    await document.destroy()
  }
}

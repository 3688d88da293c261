/**
 * Reads a PDF's text layer with pdf.js, loaded on first use (it is large); its worker is served
 * from the app like any script.
 */
import type { PdfText } from '@shared/import/parseDocument'
import { extractPdfText, type PdfJs } from '@shared/import/pdfText'

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default
  return extractPdfText(pdfjs as unknown as PdfJs, bytes)
}

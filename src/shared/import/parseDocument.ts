/**
 * One imported file to a source's text and metadata, or a reason it cannot be. Pure and without a
 * DOM: HTML is reduced to its text by `htmlText`; the PDF reader (pdf.js) and the language
 * detector are passed in. So the checks and the order of steps are tested in Node and run
 * unchanged in the import's workers and the renderer.
 */
import { htmlText } from '../text/htmlText'
import { detectLanguage, languageNote, type LanguageDetector } from '../text/language'
import { decodeBytes, NotTextError, type Encoding } from './decode'
import { htmlMetadata, parseMarkdown, parsePlainText, plainText, type DocumentMetadata } from './metadata'
import { isSpaceCode } from '../text/spaces'
import { FNV_START, fnvHex, fnvMix } from '../annotations/anchoring'

/** The largest file the import takes, as the bridge's open dialog does. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/** More than this many files at once are refused: split the batch. */
export const MAX_IMPORT_FILES = 5000

export const IMPORT_EXTENSIONS = ['html', 'htm', 'md', 'markdown', 'txt', 'pdf'] as const
export type ImportFormat = 'html' | 'markdown' | 'text' | 'pdf'

export interface PdfText {
  /** Text of each page, in order. */
  pages: string[]
  /** Characters the PDF gives no text for, dropped. */
  unmapped?: number
}

export interface ImportTools {
  /** Reads a PDF's text layer; throws with a reason for encrypted or broken files. */
  readPdf: (bytes: Uint8Array) => Promise<PdfText>
  /** Guesses the language of a text that neither declares it nor has a script of its own. */
  detectLanguage?: LanguageDetector
}

export interface ParsedImport {
  format: ImportFormat
  metadata: DocumentMetadata
  text: string
  /** Hash of the text with whitespace and case normalised: equal for the same document. */
  contentHash: string
  /** Where each PDF page starts in `text`, for citations by page. */
  pages?: { page: number; start: number }[]
  cleaning: string[]
}

/** How the cleaning notes name an encoding. */
const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  'windows-874': 'windows-874 (TIS-620, Thai)',
  'windows-1258': 'windows-1258 (Vietnamese)'
}

export class ImportError extends Error {
  override name = 'ImportError'
}

export const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''

/**
 * `contentHash` of the text with its whitespace runs made one space, trimmed and in lower case:
 * equal for the same document. One pass without the intermediate strings (an import hashes every
 * file); the same value as `contentHash(text.replace(/\s+/g, ' ').trim().toLowerCase())`, which
 * earlier imports stored. Lower-casing first changes nothing: no letter lower-cases to a space,
 * and spaces (but U+FEFF) do not count in the final-sigma rule.
 */
export function normalisedHash(text: string): string {
  // U+FEFF is a space to \s but case-ignorable to the final-sigma rule: made a plain space first.
  const lower = (text.includes('\ufeff') ? text.replace(/\ufeff/g, ' ') : text).toLowerCase()
  let hash = FNV_START
  // A space is hashed only when a non-space follows it: runs become one, the ends none.
  let spaceBefore = false
  let started = false
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (isSpaceCode(c)) {
      spaceBefore = started
      continue
    }
    if (spaceBefore) {
      hash = fnvMix(hash, 32)
      spaceBefore = false
    }
    hash = fnvMix(hash, c)
    started = true
  }
  return fnvHex(hash)
}

/** The body of an HTML page only: the head's title and meta tags must not become reading text. */
const bodyOf = (html: string): string => {
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(html)
  return body ? body[1]! : html.replace(/<head\b[\s\S]*?<\/head\s*>/i, '')
}

/** A file's text and metadata, its language recorded (declared, else by script, else detected). */
export async function parseDocument(name: string, bytes: Uint8Array, tools: ImportTools): Promise<ParsedImport> {
  const parsed = await readDocument(name, bytes, tools)
  const found = await detectLanguage(parsed.text, parsed.metadata.language, tools.detectLanguage)
  return { ...parsed, metadata: { ...parsed.metadata, language: found.language }, cleaning: [...parsed.cleaning, languageNote(found)] }
}

async function readDocument(name: string, bytes: Uint8Array, tools: ImportTools): Promise<ParsedImport> {
  const extension = extensionOf(name)
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new ImportError(`.${extension || '(no extension)'} files are not supported; import HTML, Markdown, text or PDF.`)
  }
  if (bytes.length === 0) throw new ImportError('the file is empty.')
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(`the file is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit.`)

  if (extension === 'pdf') {
    if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new ImportError('it is not a PDF (it lacks the %PDF header).')
    const pdf = await tools.readPdf(bytes)
    const pages: { page: number; start: number }[] = []
    let text = ''
    pdf.pages.forEach((pageText, i) => {
      const clean = plainText(pageText)
      if (!clean) return
      if (text) text += '\n\n'
      pages.push({ page: i + 1, start: text.length })
      text += clean
    })
    if (!text.trim()) throw new ImportError('the PDF has no text layer (it may be a scan); run it through OCR first.')
    const metadata = parsePlainText(text, { name, headerBlock: false }).metadata
    const cleaning = [`Text layer of ${pdf.pages.length} PDF pages read with pdf.js.`]
    if (pdf.unmapped) cleaning.push(`${pdf.unmapped} characters the PDF gives no text for (glyphs without a Unicode mapping) were left out; compare with the original where a word looks wrong.`)
    return { format: 'pdf', metadata, text, contentHash: normalisedHash(text), pages, cleaning }
  }

  let decoded
  try {
    decoded = decodeBytes(bytes)
  } catch (error) {
    if (error instanceof NotTextError) throw new ImportError(`${error.message}; check that it is really a .${extension} file.`)
    throw error
  }
  const raw = decoded.text
  const cleaning = [...decoded.repairs]
  if (decoded.encoding !== 'utf-8') cleaning.push(`Read as ${ENCODING_NAMES[decoded.encoding]}.`)

  if (extension === 'html' || extension === 'htm') {
    const text = htmlText(bodyOf(raw))
    const metadata = htmlMetadata(raw, text)
    if (!text.trim()) throw new ImportError('the page has no readable text.')
    cleaning.push('Only the text of the HTML is kept: no markup, script, style, form or link.')
    return { format: 'html', metadata, text, contentHash: normalisedHash(text), cleaning }
  }
  const parsed = extension === 'txt' ? parsePlainText(raw, { name }) : parseMarkdown(raw, { name })
  if (!parsed.text.trim()) throw new ImportError('the file has no text.')
  return { format: extension === 'txt' ? 'text' : 'markdown', metadata: parsed.metadata, text: parsed.text, contentHash: normalisedHash(parsed.text), cleaning }
}

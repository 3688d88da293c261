/**
 * A library as the app holds it, in Node: the shipped dataset plus files imported through the
 * app's own pipeline (`parseDocument`: decoding, metadata, cleaning; `passageDocuments`: passages).
 * Used by `npm run query` and the relevance tests, so both measure what a user of the app gets.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { extractPdfText, type PdfJs } from '../../src/shared/import/pdfText'
import { tinyldDetector } from '../../src/shared/text/language'
import { IMPORT_EXTENSIONS, extensionOf, parseDocument, type ImportTools } from '../../src/shared/import/parseDocument'
import type { Dataset } from '../../src/shared/model/dataset'
import { parseDataset, type RawDatasetFiles } from '../../src/shared/model/parseDataset'
import { datasetDocuments, passageDocuments, type SearchDoc } from '../../src/shared/search/documents'

export const DATASET_DIR = resolve(import.meta.dirname, '../../resources/dataset')

/** The shipped dataset files as raw JSON and texts, as the app's loader receives them. */
export function rawShippedDataset(): RawDatasetFiles {
  const json = (file: string): unknown => JSON.parse(readFileSync(resolve(DATASET_DIR, file), 'utf8'))
  const sources = json('sources.json') as { textFile: string }[]
  return {
    manifest: json('manifest.json'),
    sources,
    meetings: json('meetings.json'),
    initiatives: json('initiatives.json'),
    parties: json('parties.json'),
    themes: json('themes.json'),
    mentions: json('mentions.json'),
    texts: Object.fromEntries(sources.map((s) => [s.textFile, readFileSync(resolve(DATASET_DIR, s.textFile), 'utf8')]))
  }
}

export function loadShippedDataset(): Dataset {
  const parsed = parseDataset(rawShippedDataset())
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

/** The renderer's import tools in Node: pdf.js's legacy build, the same language detector. */
export const nodeImportTools: ImportTools = {
  readPdf: async (bytes) => extractPdfText((await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs, bytes),
  detectLanguage: tinyldDetector
}

/** The importable files at these paths: files as given, folders walked (sorted, for a stable order). */
export function importablePaths(paths: readonly string[]): { path: string; name: string }[] {
  const out: { path: string; name: string }[] = []
  for (const given of paths) {
    const root = resolve(given)
    if (statSync(root).isFile()) {
      out.push({ path: root, name: basename(root) })
      continue
    }
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if ((IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name))) out.push({ path: full, name: relative(root, full) })
      }
    }
    walk(root)
  }
  return out
}

export interface ImportedSource {
  id: string
  fileName: string
  title: string
  publishedOn: string | null
  text: string
  origin: 'user'
  /** As the import records it: declared, from the script, or detected. */
  language: string
}

export async function importFiles(paths: readonly string[]): Promise<{ sources: ImportedSource[]; failures: { name: string; reason: string }[] }> {
  const sources: ImportedSource[] = []
  const failures: { name: string; reason: string }[] = []
  for (const [i, file] of importablePaths(paths).entries()) {
    try {
      const parsed = await parseDocument(file.name, new Uint8Array(readFileSync(file.path)), nodeImportTools)
      const title = parsed.metadata.title ?? file.name.replace(/\.[^.]+$/, '')
      sources.push({ id: `import-${i + 1}`, fileName: file.name, title, publishedOn: parsed.metadata.publishedOn, text: parsed.text, origin: 'user', language: parsed.metadata.language ?? 'en' })
    } catch (error) {
      failures.push({ name: file.name, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  return { sources, failures }
}

/** Every search document of the shipped dataset and the imported sources. */
export function libraryDocuments(dataset: Dataset, imported: readonly ImportedSource[]): SearchDoc[] {
  return [...datasetDocuments(dataset), ...imported.flatMap((s) => passageDocuments(s))]
}

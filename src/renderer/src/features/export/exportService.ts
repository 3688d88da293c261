/**
 * Gathers what an export needs from IndexedDB and hands the result to the bridge: the native save
 * dialog in Electron, a download (a zip for a folder) in the browser.
 */
import { exportMarkdown, exportVault, type CitationForm, type ExportData, type ExportScope, type VaultFile } from '@shared/export/markdown'
import { allItems, citedItems, pandocBibliographies, webAnnotations } from '@shared/export/interchange'
import { toBibliography } from '@shared/citations/bibliography'
import { safeFileName } from '@shared/export/fileNames'
import { fail, ok, type Result } from '@shared/result'
import { db } from '../../db/db'
import { desk } from '../../platform/desk'
import { DATASET_VERSION_KEY } from '../dataset/datasetLoader'
import type { PageExportScope } from './exportStore'

export type ExportFormat = 'markdown' | 'vault'

export interface ExportChoice {
  scope: PageExportScope
  format: ExportFormat
  csl: boolean
  bibtex: boolean
  ris: boolean
  /** The bibliography files list the sources the notes cite, or every source in the library. */
  bibliographyOf: 'cited' | 'all'
  /** Plain citation lines, or pandoc citations with references.json and references.bib beside. */
  citations: CitationForm
  webAnnotation: boolean
  /** For a vault: replace files that exist even if an earlier export did not make them. */
  replaceExisting: boolean
}

export async function loadExportData(): Promise<ExportData> {
  const [initiatives, meetings, parties, sources, themes, annotations, datasetVersion, corrections] = await Promise.all([
    db.initiatives.toArray(),
    db.meetings.toArray(),
    db.parties.toArray(),
    db.sources.toArray(),
    db.themes.toArray(),
    db.annotations.toArray(),
    db.meta.get(DATASET_VERSION_KEY),
    db.corrections.toArray()
  ])
  return {
    appVersion: __APP_VERSION__,
    datasetVersion: typeof datasetVersion?.value === 'string' ? datasetVersion.value : 'unknown',
    exported: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    initiatives,
    meetings,
    parties,
    sources,
    themes,
    annotations,
    corrections
  }
}

async function toSharedScope(scope: PageExportScope): Promise<ExportScope | null> {
  if (scope.type !== 'collection') return scope
  const collection = await db.collections.get(scope.id)
  return collection ? { type: 'collection', collection } : null
}

const today = (): string => new Date().toISOString().slice(0, 10)

/** Runs an export; resolves to a sentence for the user, or null when they cancelled the dialog. */
export async function runExport(choice: ExportChoice): Promise<Result<string | null>> {
  const data = await loadExportData()
  const extras: VaultFile[] = []
  const items = choice.bibliographyOf === 'all' ? allItems(data.sources) : citedItems(data.sources, data.annotations)
  if (choice.csl) extras.push({ path: 'sources.csl.json', content: toBibliography(items, 'csl-json') })
  if (choice.bibtex) extras.push({ path: 'sources.bib', content: toBibliography(items, 'bibtex') })
  if (choice.ris) extras.push({ path: 'sources.ris', content: toBibliography(items, 'ris') })
  if (choice.citations === 'pandoc') extras.push(...pandocBibliographies(data.sources, data.annotations))
  if (choice.webAnnotation) extras.push({ path: 'highlights.jsonld', content: webAnnotations(data.sources, data.annotations) })

  if (choice.format === 'vault') {
    const files = [...exportVault(data, { citations: choice.citations }), ...extras]
    const saved = await desk.saveFolder({ suggestedName: `ASEAN Digital Desk vault ${today()}`, files, onExisting: choice.replaceExisting ? 'replace' : 'update' })
    if (!saved.ok) return saved
    if (!saved.value.saved) return ok(null)
    const skipped = saved.value.skipped.length
    return ok(
      `Exported ${saved.value.written} files to ${saved.value.folder}.${skipped ? ` ${skipped} existing ${skipped === 1 ? 'file was' : 'files were'} left as they were (not made by an earlier export).` : ''}`
    )
  }

  const scope = await toSharedScope(choice.scope)
  if (!scope) return fail('That collection no longer exists.')
  const markdown = exportMarkdown(data, scope, { citations: choice.citations })
  const name = safeFileName(choice.scope.type === 'all' ? `ASEAN Digital Desk notes ${today()}` : choice.scope.label)
  if (extras.length) {
    const saved = await desk.saveFolder({ suggestedName: name, files: [{ path: `${name}.md`, content: markdown }, ...extras], onExisting: choice.replaceExisting ? 'replace' : 'update' })
    if (!saved.ok) return saved
    return ok(saved.value.saved ? `Exported ${saved.value.written} files to ${saved.value.folder}.` : null)
  }
  const saved = await desk.saveFile({ suggestedName: `${name}.md`, content: markdown, filters: [{ name: 'Markdown', extensions: ['md'] }] })
  if (!saved.ok) return saved
  return ok(saved.value.saved ? `Exported to ${saved.value.path}.` : null)
}

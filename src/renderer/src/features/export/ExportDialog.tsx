import { FormFooter } from '../../components/DialogParts'
import { useEffect, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { closeExport, EVERYTHING, openExport, useExportRequest, usePageExportScope, type PageExportScope } from './exportStore'
import { runExport, type ExportFormat } from './exportService'
import type { CitationForm } from '@shared/export/markdown'

const SCOPE_NOUN: Record<PageExportScope['type'], string> = {
  initiative: 'This initiative',
  meeting: 'This meeting',
  party: 'This partner',
  source: 'This source',
  collection: 'This collection',
  notes: 'The notes shown',
  all: 'Everything'
}

/** The one export dialog: scope, format (one Markdown file or an Obsidian vault), extras. */
export function ExportDialog() {
  const request = useExportRequest()
  const offered = request?.scope ?? EVERYTHING
  const [scope, setScope] = useState<'page' | 'all'>('page')
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [csl, setCsl] = useState(false)
  const [bibtex, setBibtex] = useState(false)
  const [ris, setRis] = useState(false)
  const [bibliographyOf, setBibliographyOf] = useState<'cited' | 'all'>('cited')
  const [citations, setCitations] = useState<CitationForm>('plain')
  const [webAnnotation, setWebAnnotation] = useState(false)
  const [replaceExisting, setReplaceExisting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setScope('page')
    setError(null)
  }, [request?.at])

  const chosen = format === 'vault' || scope === 'all' ? EVERYTHING : offered
  const submit = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      const outcome = await runExport({ scope: chosen, format, csl, bibtex, ris, bibliographyOf, citations, webAnnotation, replaceExisting })
      if (!outcome.ok) setError(outcome.error)
      else {
        closeExport()
        if (outcome.value) notify(outcome.value)
      }
    } catch (e) {
      setError(`The export failed: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }
  const folderWord = desk.platform === 'browser' ? 'a zip of a folder' : 'a folder you choose'
  const extraFiles = csl || bibtex || ris || webAnnotation || citations === 'pandoc'

  return (
    <Dialog title="Export" open={request !== null} onClose={closeExport}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <fieldset>
          <legend>Format</legend>
          <label>
            <input type="radio" name="format" checked={format === 'markdown'} onChange={() => setFormat('markdown')} /> One Markdown file
            <span className="hint">front matter, notes verbatim, highlights as quotes with citations</span>
          </label>
          <label>
            <input type="radio" name="format" checked={format === 'vault'} onChange={() => setFormat('vault')} /> Obsidian vault
            <span className="hint">
              one file per initiative, meeting, partner and annotated source, linked with [[wikilinks]], as {folderWord}
            </span>
          </label>
        </fieldset>
        <fieldset disabled={format === 'vault'}>
          <legend>What</legend>
          {offered.type !== 'all' ? (
            <label>
              <input type="radio" name="scope" checked={scope === 'page' && format !== 'vault'} onChange={() => setScope('page')} /> {SCOPE_NOUN[offered.type]}:{' '}
              <strong>{offered.label}</strong>
            </label>
          ) : null}
          <label>
            <input type="radio" name="scope" checked={scope === 'all' || offered.type === 'all' || format === 'vault'} onChange={() => setScope('all')} /> Everything I
            have annotated
          </label>
          {format === 'vault' ? <p className="hint">A vault always holds every record, with your notes where you made them.</p> : null}
        </fieldset>
        <fieldset>
          <legend>Citations</legend>
          <label>
            <input type="radio" name="citations" checked={citations === 'plain'} onChange={() => setCitations('plain')} /> Plain citation lines
            <span className="hint">title, publisher, date, link and paragraph under each highlight</span>
          </label>
          <label>
            <input type="radio" name="citations" checked={citations === 'pandoc'} onChange={() => setCitations('pandoc')} /> Pandoc citations
            <span className="hint">
              [@key, para. 4], with references.json and references.bib beside the notes: <code>pandoc --citeproc</code> writes the bibliography
            </span>
          </label>
        </fieldset>
        <fieldset>
          <legend>Also include</legend>
          <label>
            <input type="checkbox" checked={csl} onChange={(e) => setCsl(e.target.checked)} /> CSL-JSON <span className="hint">for Zotero and pandoc</span>
          </label>
          <label>
            <input type="checkbox" checked={bibtex} onChange={(e) => setBibtex(e.target.checked)} /> BibTeX <span className="hint">for JabRef, LaTeX and Zotero</span>
          </label>
          <label>
            <input type="checkbox" checked={ris} onChange={(e) => setRis(e.target.checked)} /> RIS <span className="hint">for EndNote and Mendeley</span>
          </label>
          {csl || bibtex || ris ? (
            <div role="radiogroup" aria-label="Sources in the bibliography files" className="inline-choice">
              <label>
                <input type="radio" name="bibliography-of" checked={bibliographyOf === 'cited'} onChange={() => setBibliographyOf('cited')} /> the sources my notes cite
              </label>
              <label>
                <input type="radio" name="bibliography-of" checked={bibliographyOf === 'all'} onChange={() => setBibliographyOf('all')} /> every source in the library
              </label>
            </div>
          ) : null}
          <label>
            <input type="checkbox" checked={webAnnotation} onChange={(e) => setWebAnnotation(e.target.checked)} /> Highlights as W3C Web Annotations{' '}
            <span className="hint">JSON-LD, for Hypothesis-style tools</span>
          </label>
          {extraFiles ? <p className="hint">With extra files the export is saved as {folderWord}.</p> : null}
        </fieldset>
        {format === 'vault' || extraFiles ? (
          <label>
            <input type="checkbox" checked={replaceExisting} onChange={(e) => setReplaceExisting(e.target.checked)} /> Replace files that already exist{' '}
            <span className="hint">otherwise only files an earlier export made are updated; your own files are left alone</span>
          </label>
        ) : null}
        <FormFooter error={error} onCancel={closeExport} submit="Export…" busy={busy && 'Exporting…'} />
      </form>
    </Dialog>
  )
}

/** The Export button on a page; also offers the page's scope to Ctrl/Cmd+E and the File menu. */
export function ExportButton({ scope }: { scope: PageExportScope }) {
  usePageExportScope(scope)
  return (
    <button type="button" className="small" onClick={() => openExport(scope)} title="Export notes to Markdown (Ctrl/⌘ E)">
      Export
    </button>
  )
}

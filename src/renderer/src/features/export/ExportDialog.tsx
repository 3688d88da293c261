import { FormFooter } from '../../components/DialogParts'
import { useEffect, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { desk } from '../../platform/desk'
import { notify } from '../annotations/notify'
import { closeExport, EVERYTHING, openExport, useExportRequest, usePageExportScope, type PageExportScope } from './exportStore'
import { runExport, type ExportFormat } from './exportService'

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
      const outcome = await runExport({ scope: chosen, format, csl, webAnnotation, replaceExisting })
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
          <legend>Also include</legend>
          <label>
            <input type="checkbox" checked={csl} onChange={(e) => setCsl(e.target.checked)} /> CSL-JSON of the cited sources <span className="hint">for Zotero and pandoc</span>
          </label>
          <label>
            <input type="checkbox" checked={webAnnotation} onChange={(e) => setWebAnnotation(e.target.checked)} /> Highlights as W3C Web Annotations{' '}
            <span className="hint">JSON-LD, for Hypothesis-style tools</span>
          </label>
          {csl || webAnnotation ? <p className="hint">With extra files the export is saved as {folderWord}.</p> : null}
        </fieldset>
        {format === 'vault' || csl || webAnnotation ? (
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

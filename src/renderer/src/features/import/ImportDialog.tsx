import { Link } from 'react-router'
import { Dialog } from '../../components/Dialog'
import { DialogAlert } from '../../components/DialogParts'
import { closeImport, useImportState } from './importStore'
import { summarise, type FileOutcome } from './importService'
import { formatCount } from '../dataset/format'

const STATUS: Record<FileOutcome['status'], string> = { imported: 'Imported', updated: 'New version', duplicate: 'Already imported', failed: 'Not imported' }

const SHOWN_SUCCESSES = 50

/** Every file that failed, and the first successes: a list of 1,000 links helps nobody. */
function shown(outcomes: readonly FileOutcome[]): FileOutcome[] {
  let successes = 0
  return outcomes.filter((o) => o.status === 'failed' || ++successes <= SHOWN_SUCCESSES)
}

/** Progress of an import (cancellable), then what happened to each file. */
export function ImportDialog() {
  const state = useImportState()
  return (
    <Dialog title="Import documents" open={state !== null} onClose={() => (state?.phase === 'running' ? state.cancel() : closeImport())}>
      {state?.phase === 'running' ? (
        <div className="import-progress">
          <p role="status">
            {state.progress.phase === 'reading' ? 'Reading' : 'Storing'} {formatCount(Math.min(state.progress.done + 1, state.progress.total))} of {formatCount(state.progress.total)}
            {state.progress.current ? <>: <strong>{state.progress.current}</strong></> : null}
            {state.progress.phase === 'reading' && state.progress.stored ? ` (${formatCount(state.progress.stored)} stored)` : null}
          </p>
          <progress aria-label="Import progress" max={state.progress.total} value={state.progress.done} />
          <div className="dialog-actions">
            <button type="button" className="ghost" onClick={state.cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : state?.phase === 'error' ? (
        <DialogAlert onClose={closeImport}>{state.message}</DialogAlert>
      ) : state?.phase === 'done' ? (
        <div className="import-results">
          {state.stopped ? (
            <p role="alert" className="banner error">
              {state.stopped}
            </p>
          ) : null}
          <p role="status">
            {state.cancelled ? 'Cancelled. ' : ''}
            {summarise(state.outcomes)}
          </p>
          <ul aria-label="Imported files" className="import-list">
            {shown(state.outcomes).map((o, i) => (
              <li key={`${o.name}-${i}`} className={o.status === 'failed' ? 'failed' : undefined}>
                <span className="import-status">{STATUS[o.status]}</span> <span className="import-name">{o.name}</span>
                {o.status === 'failed' ? (
                  <span className="import-reason">: {o.reason}</span>
                ) : (
                  <>
                    {' '}
                    <Link to={`/sources/${o.sourceId}`} onClick={closeImport}>
                      {o.title}
                    </Link>
                    {'mentions' in o && o.mentions ? (
                      <span className="muted">
                        {' '}
                        · {o.mentions} {o.mentions === 1 ? 'link' : 'links'} to known records
                      </span>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ul>
          {state.outcomes.length > shown(state.outcomes).length ? (
            <p className="muted">… and {state.outcomes.length - shown(state.outcomes).length} more imported; every file that was not imported is listed above.</p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" onClick={closeImport}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  )
}

import type { Conflict } from './useAutosave'

/**
 * A save refused because another window saved the note first: both texts side by side, and the
 * three ways out. Nothing is overwritten until the user picks one.
 */
export function SaveConflict({ conflict, onKeepMine, onKeepTheirs, onKeepBoth }: { conflict: Conflict; onKeepMine: () => void; onKeepTheirs: () => void; onKeepBoth: () => void }) {
  return (
    <div className="save-conflict recovered-draft" role="group" aria-label="Changed in another window">
      <p>
        <strong>This note was changed in another window</strong> while you typed here. Nothing was overwritten: choose which text to keep.
      </p>
      <div className="conflict-texts">
        <section aria-label="Theirs">
          <h3>Theirs (saved in another window)</h3>
          <div className="recovered-text">{conflict.theirs.body}</div>
        </section>
        <section aria-label="Yours">
          <h3>Yours (typed here)</h3>
          <div className="recovered-text">{conflict.mine}</div>
        </section>
      </div>
      <div className="note-actions">
        <button type="button" className="small" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="small" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className="small" onClick={onKeepBoth}>
          Keep both
        </button>
      </div>
    </div>
  )
}

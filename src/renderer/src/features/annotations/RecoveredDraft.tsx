import type { StoredDraft } from '../../db/db'
import { discardDraft, keepDraft } from './drafts'
import { notify } from './notify'
import { formatClock, formatDateTime } from '../dataset/format'

/** "14:02" today, "3 Mar 2026, 14:02" on another day. */
export function draftTime(iso: string, now = new Date()): string {
  return new Date(iso).toDateString() === now.toDateString() ? formatClock(iso) : formatDateTime(iso)
}

const report = (error: unknown): void => notify(error instanceof Error ? error.message : String(error), { tone: 'error' })

/**
 * Offers text typed before a crash that the note never saved: Keep makes it the note's text,
 * Discard deletes it. `onKeep` lets an open editor take the text itself, so the editor and the
 * stored note cannot disagree.
 */
export function RecoveredDraft({ draft, onKeep }: { draft: StoredDraft; onKeep?: (text: string) => void }) {
  const keep = (): void => {
    if (onKeep) onKeep(draft.text)
    else keepDraft(draft).catch(report)
  }
  return (
    <div className="recovered-draft" role="group" aria-label="Recovered text">
      <p>
        <strong>
          Recovered text from <time dateTime={draft.time}>{draftTime(draft.time)}</time>
        </strong>{' '}
        — typed here earlier and never saved (the app closed, or the disk was full):
      </p>
      <div className="recovered-text">{draft.text}</div>
      <div className="note-actions">
        <button type="button" className="small" onClick={keep}>
          Keep
        </button>
        <button type="button" className="ghost small" onClick={() => discardDraft(draft.id).catch(report)}>
          Discard
        </button>
      </div>
    </div>
  )
}

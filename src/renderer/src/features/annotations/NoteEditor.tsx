import { useCallback, useEffect, useRef, useState } from 'react'
import type { Annotation } from '@shared/model/annotation'
import { createNote, updateAnnotation } from './annotations'
import { renderMarkdown } from './markdown'
import { useLinkNames } from './noteLinkNames'
import { useLinkSuggest } from './LinkSuggest'
import { TagEditor } from './TagEditor'
import { useAutosave, type SaveState } from './useAutosave'
import { useRecoveredDraft } from './hooks'
import { RecoveredDraft } from './RecoveredDraft'
import { SaveConflict } from './SaveConflict'
import { notify } from './notify'

function SaveStatus({ status }: { status: SaveState }) {
  const text =
    status.state === 'saved' ? 'Saved' : status.state === 'saving' ? 'Saving…' : status.state === 'unsaved' ? 'Unsaved changes' : status.state === 'conflict' ? 'Not saved: changed in another window' : 'Not saved (see below)'
  return (
    <span className={`save-status ${status.state}`} role="status" aria-live="polite">
      {text}
    </span>
  )
}

const report = (error: unknown): void => notify(error instanceof Error ? error.message : String(error), { tone: 'error' })

/** Markdown editor for one annotation's body, with preview, tags and autosave. */
export function NoteEditor({ annotation, autoFocus = false, onDone }: { annotation: Annotation; autoFocus?: boolean; onDone?: () => void }) {
  const keepAsNew = useCallback(
    (body: string) => {
      createNote(annotation.targetType, annotation.targetId, body, annotation.tags)
        .then(() => notify('The note you were typing was removed in another window; your text is kept as a new note.'))
        .catch(report)
    },
    [annotation.targetType, annotation.targetId, annotation.tags]
  )
  const { text, setText, status, flush, wroteDraft, conflict, resolve, changedElsewhere } = useAutosave(annotation, keepAsNew)
  const keepBoth = useCallback(() => {
    if (!conflict) return
    createNote(annotation.targetType, annotation.targetId, conflict.mine, annotation.tags)
      .then(() => resolve('theirs'))
      .catch(report)
  }, [annotation, conflict, resolve])
  const recovered = useRecoveredDraft(annotation, wroteDraft)
  const [preview, setPreview] = useState(false)
  const names = useLinkNames(preview ? text : '')
  const ref = useRef<HTMLTextAreaElement>(null)
  const suggest = useLinkSuggest(ref, text, setText)
  useEffect(() => {
    if (autoFocus) ref.current?.focus()
  }, [autoFocus])
  return (
    <div className="note-editor">
      <div className="editor-tabs" role="group" aria-label="Editor mode">
        <button type="button" className={preview ? 'ghost small' : 'small'} aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" className={preview ? 'small' : 'ghost small'} aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
        <SaveStatus status={status} />
      </div>
      {changedElsewhere && !conflict ? (
        <p role="status" className="banner changed-elsewhere">
          Changed in another window. Your text is kept; when it is saved you choose which to keep.
        </p>
      ) : null}
      {conflict ? <SaveConflict conflict={conflict} onKeepMine={() => resolve('mine')} onKeepTheirs={() => resolve('theirs')} onKeepBoth={keepBoth} /> : null}
      {recovered ? (
        <RecoveredDraft
          draft={recovered}
          onKeep={(kept) => {
            setText(kept)
            void flush()
          }}
        />
      ) : null}
      {preview ? (
        <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text, names) || '<p class="muted">Nothing yet.</p>' }} />
      ) : (
        <textarea
          ref={ref}
          aria-label="Note"
          className="note-text"
          value={text}
          // Typing now would overwrite the recovered draft or the conflicting text before the user chose.
          readOnly={recovered !== undefined || conflict !== null}
          rows={Math.min(16, Math.max(4, text.split('\n').length + 1))}
          placeholder="Write in Markdown: **bold**, _italic_, - lists, [links](https://…); [[ links to a record"
          {...suggest.fieldProps}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void flush()}
          onKeyDown={(e) => {
            if (suggest.onKeyDown(e)) return
            if (e.key === 'Escape' && onDone) {
              void flush().then(onDone)
            }
          }}
        />
      )}
      {preview ? null : suggest.list}
      {status.state === 'error' ? (
        <p role="alert" className="banner error">
          {status.message} Your text is kept above; it will be saved again when you type, or copy it now.
        </p>
      ) : null}
      <TagEditor tags={annotation.tags} onChange={(tags) => void updateAnnotation(annotation.id, { tags })} />
    </div>
  )
}

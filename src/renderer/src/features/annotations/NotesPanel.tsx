import { useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { EntityType } from '@shared/model/annotation'
import { createNote } from './annotations'
import { AnnotationBody } from './AnnotationCard'
import { deleteWithUndo } from './deleteWithUndo'
import { useTargetAnnotations } from './hooks'
import { NoteEditor } from './NoteEditor'
import { Backlinks } from './Backlinks'
import { notify } from './notify'

/**
 * The "Notes" panel of an entity page. Long lists are virtualised (rows measured as they render),
 * so a thousand notes scroll as smoothly as ten; only the note being edited is an editor.
 */
export function NotesPanel({ targetType, targetId, title }: { targetType: EntityType; targetId: string; title: string }) {
  const annotations = useTargetAnnotations(targetType, targetId)
  const [editing, setEditing] = useState<string | null>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const list = annotations ?? []
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (i) => list[i]?.id ?? i
  })
  const add = async (): Promise<void> => {
    try {
      const note = await createNote(targetType, targetId)
      setEditing(note.id)
      scrollRef.current?.scrollTo({ top: 0 })
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    }
  }
  return (
    <section className="notes-panel" aria-labelledby={`notes-${targetId}`}>
      <header className="notes-panel-header">
        <h2 id={`notes-${targetId}`}>
          Notes <span className="muted">({list.length})</span>
        </h2>
        <button type="button" onClick={() => void add()}>
          Add note
        </button>
      </header>
      {annotations === undefined ? null : list.length === 0 ? (
        <p className="muted">No notes on {title} yet. Add one, or highlight a passage in a source and link it here.</p>
      ) : (
        <div ref={scrollRef} className="notes-scroll">
          <ul aria-label={`Notes on ${title}`} className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const a = list[item.index]!
              return (
                <li key={a.id} data-index={item.index} ref={virtualizer.measureElement} className="note-card" style={{ transform: `translateY(${item.start}px)` }}>
                  {editing === a.id ? (
                    <NoteEditor annotation={a} autoFocus onDone={() => setEditing(null)} />
                  ) : (
                    <AnnotationBody annotation={a} />
                  )}
                  <div className="note-actions">
                    {editing === a.id ? (
                      <button type="button" className="ghost small" onClick={() => setEditing(null)}>
                        Done
                      </button>
                    ) : (
                      <button type="button" className="ghost small" onClick={() => setEditing(a.id)} aria-label={`Edit note ${item.index + 1}`}>
                        Edit
                      </button>
                    )}
                    <button type="button" className="ghost small" onClick={() => void deleteWithUndo([a.id])} aria-label={`Delete note ${item.index + 1}`}>
                      Delete
                    </button>
                  </div>
                </li>
              )
            })}
          </ul>
        </div>
      )}
      <Backlinks type={targetType} id={targetId} />
    </section>
  )
}

import { ExportButton } from '../export/ExportDialog'
import { useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useVirtualizer } from '@tanstack/react-virtual'
import { HIGHLIGHT_COLORS, type Annotation } from '@shared/model/annotation'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { ConfirmDialog } from '../../components/AskDialog'
import { addTags, addToCollection, deleteForever, restoreFromTrash } from '../annotations/annotations'
import { AnnotationBody } from '../annotations/AnnotationCard'
import { deleteWithUndo } from '../annotations/deleteWithUndo'
import { useCollections, useTags } from '../annotations/hooks'
import { notify } from '../annotations/notify'
import { applyNotesFilter, notesFilterFromParams, notesFilterToParams, type NotesFilter, type NotesView } from './notesFilter'
import { useNoteRows } from './useNoteRows'
import { BulkTagInput } from './BulkTagInput'

const PATH: Record<Annotation['targetType'], string> = { initiative: 'initiatives', meeting: 'meetings', party: 'partners', source: 'sources' }
const VIEWS: { id: NotesView; label: string }[] = [
  { id: 'all', label: 'All notes' },
  { id: 'detached', label: 'Detached' },
  { id: 'trash', label: 'Trash' }
]

async function run(action: () => Promise<void>, done: string): Promise<void> {
  try {
    await action()
    notify(done)
  } catch (error) {
    notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
  }
}

/** A title for an export of the notes shown, naming the filters in use. */
function notesScopeLabel(filter: NotesFilter, count: number): string {
  const parts = [filter.q && `“${filter.q}”`, filter.tag && `#${filter.tag}`, filter.color && `${filter.color} highlights`, filter.type && `on ${filter.type}s`, filter.from && `from ${filter.from}`, filter.to && `to ${filter.to}`].filter(Boolean)
  return `${count} ${count === 1 ? 'note' : 'notes'}${parts.length ? ` (${parts.join(', ')})` : ''}`
}

export function NotesScreen() {
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => notesFilterFromParams(params), [params])
  const rows = useNoteRows()
  const collections = useCollections()
  const tags = useTags()
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulkCollection, setBulkCollection] = useState('')
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const scrollRef = useRef<HTMLDivElement>(null)
  const visible = useMemo(() => (rows && collections ? applyNotesFilter(rows, filter, collections) : []), [rows, collections, filter])
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 130,
    overscan: 6,
    getItemKey: (i) => visible[i]?.annotation.id ?? i
  })
  const set = (changes: Partial<NotesFilter>) => {
    setSelected(new Set())
    setParams(notesFilterToParams({ ...filter, ...changes }), { replace: !('view' in changes) })
  }
  const chosen = visible.filter((r) => selected.has(r.annotation.id)).map((r) => r.annotation.id)
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set(s).add(id)))

  return (
    <section aria-labelledby="screen-title" className="notes-screen">
      <ScreenHeader title="Notes" subtitle="Your notes and highlights across the dataset">
        {filter.view !== 'trash' ? <ExportButton scope={{ type: 'notes', label: notesScopeLabel(filter, visible.length), annotationIds: visible.map((r) => r.annotation.id) }} /> : null}
      </ScreenHeader>
      <nav className="view-tabs" aria-label="Notes views">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" className={filter.view === v.id ? 'small' : 'ghost small'} aria-pressed={filter.view === v.id} onClick={() => set({ view: v.id })}>
            {v.label}
            {rows ? ` (${applyNotesFilter(rows, { ...notesFilterFromParams(new URLSearchParams()), view: v.id }, collections ?? []).length})` : ''}
          </button>
        ))}
      </nav>
      <div className="catalogue-toolbar notes-filters">
        <label className="field">
          <span>Text</span>
          <input type="text" aria-label="Filter notes" value={filter.q} onChange={(e) => set({ q: e.target.value })} placeholder="Words in notes, quotes, tags" />
        </label>
        <label className="field">
          <span>Tag</span>
          <select aria-label="Tag" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">Any tag</option>
            {(tags ?? []).map((t) => (
              <option key={t.tag} value={t.tag}>
                #{t.tag} ({t.count})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Colour</span>
          <select aria-label="Colour" value={filter.color} onChange={(e) => set({ color: e.target.value })}>
            <option value="">Any</option>
            {HIGHLIGHT_COLORS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>On</span>
          <select aria-label="On" value={filter.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">Anything</option>
            <option value="initiative">Initiatives</option>
            <option value="meeting">Meetings</option>
            <option value="party">Partners</option>
            <option value="source">Sources (highlights)</option>
          </select>
        </label>
        <label className="field">
          <span>Collection</span>
          <select aria-label="Collection" value={filter.collection} onChange={(e) => set({ collection: e.target.value })}>
            <option value="">Any</option>
            {(collections ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Edited from</span>
          <input type="date" aria-label="Edited from" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="field">
          <span>to</span>
          <input type="date" aria-label="Edited to" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </div>

      <div className="bulk-bar" role="group" aria-label="Bulk actions">
        <label className="inline">
          <input
            type="checkbox"
            aria-label="Select all shown"
            checked={visible.length > 0 && chosen.length === visible.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(visible.map((r) => r.annotation.id)) : new Set())}
          />
          {chosen.length} selected
        </label>
        {filter.view === 'trash' ? (
          <>
            <button type="button" className="small" disabled={!chosen.length} onClick={() => void run(() => restoreFromTrash(chosen), `${chosen.length} restored.`).then(() => setSelected(new Set()))}>
              Restore
            </button>
            <button
              type="button"
              className="ghost small danger"
              disabled={!chosen.length}
              onClick={() => setConfirmingDelete(true)}
            >
              Delete forever
            </button>
            <ConfirmDialog
              title="Delete for good?"
              confirm="Delete forever"
              open={confirmingDelete}
              onClose={() => setConfirmingDelete(false)}
              onConfirm={() => {
                setConfirmingDelete(false)
                void run(() => deleteForever(chosen), `${chosen.length} deleted for good.`).then(() => setSelected(new Set()))
              }}
            >
              Delete {chosen.length} item(s) for good? This cannot be undone.
            </ConfirmDialog>
          </>
        ) : (
          <>
            <BulkTagInput disabled={!chosen.length} onAdd={(tag) => run(() => addTags(chosen, [tag]), `Tagged ${chosen.length}.`)} />
            <select aria-label="Collection to add to" value={bulkCollection} onChange={(e) => setBulkCollection(e.target.value)}>
              <option value="">Collection…</option>
              {(collections ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="small"
              disabled={!chosen.length || !bulkCollection}
              onClick={() => void run(() => addToCollection(bulkCollection, chosen.map((id) => ({ type: 'annotation' as const, id }))), `Added ${chosen.length} to the collection.`)}
            >
              Add to collection
            </button>
            <button type="button" className="ghost small" disabled={!chosen.length} onClick={() => void deleteWithUndo(chosen).then(() => setSelected(new Set()))}>
              Move to Trash
            </button>
          </>
        )}
      </div>

      {!rows ? (
        <Skeleton label="Loading notes" />
      ) : visible.length === 0 ? (
        <EmptyState title={filter.view === 'trash' ? 'The Trash is empty' : filter.view === 'detached' ? 'Nothing is detached' : rows.length ? 'No note matches these filters' : 'No notes yet'}>
          {rows.length === 0 ? (
            <p>
              Open an <Link to="/initiatives">initiative</Link>, a meeting or a source to start taking notes.
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <div ref={scrollRef} className="notes-scroll tall">
          <ul aria-label="Notes and highlights" className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const { annotation: a, targetTitle } = visible[item.index]!
              return (
                <li key={a.id} data-index={item.index} ref={virtualizer.measureElement} className="note-card with-check" style={{ transform: `translateY(${item.start}px)` }}>
                  <input type="checkbox" aria-label={`Select ${a.kind} ${item.index + 1}`} checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                  <div>
                    <p className="note-target">
                      <span className="kind">{a.kind === 'highlight' ? 'Highlight' : 'Note'}</span>{' '}
                      {targetTitle ? (
                        <Link to={`/${PATH[a.targetType]}/${a.targetId}`}>{targetTitle}</Link>
                      ) : (
                        <span className="detached">Detached: the dataset no longer has “{a.targetId}”. The note is kept.</span>
                      )}
                    </p>
                    <AnnotationBody annotation={a} />
                  </div>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </section>
  )
}

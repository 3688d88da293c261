import { ExportButton } from '../export/ExportDialog'
import { useRef, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useLiveQuery } from '../../db/useLiveQuery'
import type { CollectionItem } from '@shared/model/annotation'
import { db } from '../../db/db'
import { deleteCollection, moveCollectionItem, removeFromCollection, saveCollectionText, type CollectionText } from '../annotations/annotations'
import { notify } from '../annotations/notify'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { ConfirmDialog } from '../../components/AskDialog'

const PATH: Record<CollectionItem['type'], string> = { initiative: 'initiatives', meeting: 'meetings', source: 'sources', annotation: 'notes' }

async function titleOf(item: CollectionItem): Promise<string | null> {
  if (item.type === 'initiative') return (await db.initiatives.get(item.id))?.name ?? null
  if (item.type === 'meeting') return (await db.meetings.get(item.id))?.name ?? null
  if (item.type === 'source') return (await db.sources.get(item.id))?.title ?? null
  const a = await db.annotations.get(item.id)
  return a ? (a.body.split('\n')[0]?.slice(0, 90) || a.selector?.quote.exact.slice(0, 90) || 'Empty note') : null
}

/** One collection: rename, describe, reorder by drag or keyboard (Alt+↑/↓), remove items. */
export function CollectionScreen() {
  const { id } = useParams()
  const navigate = useNavigate()
  const data = useLiveQuery(async () => {
    const c = id ? await db.collections.get(id) : undefined
    if (!c) return null
    return { collection: c, titles: await Promise.all(c.items.map(titleOf)) }
  }, [id])
  const [dragged, setDragged] = useState<number | null>(null)
  // The stored name and description when the user began editing each (see `saveText`).
  const editedFrom = useRef<Partial<Record<CollectionText, string>>>({})
  const [confirming, setConfirming] = useState(false)
  if (data === undefined) return <Skeleton label="Loading the collection" />
  if (data === null)
    return (
      <EmptyState title="Collection not found">
        <Link to="/collections">All collections</Link>
      </EmptyState>
    )
  const { collection, titles } = data
  const failed = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })
  const move = (from: number, to: number): void => {
    const item = collection.items[from]
    if (item) moveCollectionItem(collection.id, item, to).catch(failed)
  }
  /** Saves the field the user edited, unless another window changed it since they began. */
  const saveText = (field: CollectionText, value: string): void => {
    const from = editedFrom.current[field] ?? collection[field]
    saveCollectionText(collection.id, field, value, from).then((outcome) => {
      if (outcome.saved) return
      const label = field === 'name' ? 'name' : 'description'
      notify(`Another window changed this collection’s ${label} to “${outcome.theirs}” while you were editing it, so yours was not saved. Your text is still in the field: edit it again to save it.`, { tone: 'error' })
    }, failed)
  }
  return (
    <article aria-labelledby="screen-title">
      <ScreenHeader title={collection.name} subtitle={`${collection.items.length} items`}>
        <ExportButton scope={{ type: 'collection', id: collection.id, label: collection.name }} />
        <button
          type="button"
          className="ghost danger"
          onClick={() => setConfirming(true)}
        >
          Delete collection
        </button>
        <ConfirmDialog
          title="Delete this collection?"
          confirm="Delete collection"
          open={confirming}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void deleteCollection(collection.id).then(() => navigate('/collections'))
          }}
        >
          Delete the collection “{collection.name}”? Its items themselves are kept.
        </ConfirmDialog>
      </ScreenHeader>
      <div className="collection-fields">
        <label className="field">
          <span>Name</span>
          <input
            type="text"
            aria-label="Collection name"
            defaultValue={collection.name}
            onFocus={() => (editedFrom.current.name = collection.name)}
            onBlur={(e) => e.target.value.trim() && e.target.value !== collection.name && saveText('name', e.target.value.trim())}
          />
        </label>
        <label className="field">
          <span>Description</span>
          <textarea
            aria-label="Description"
            defaultValue={collection.description}
            rows={3}
            onFocus={() => (editedFrom.current.description = collection.description)}
            onBlur={(e) => e.target.value !== collection.description && saveText('description', e.target.value)}
          />
        </label>
      </div>
      {collection.items.length === 0 ? (
        <p className="muted">Empty. Add items with “Add to collection” on initiative, meeting and source pages, or from the Notes screen.</p>
      ) : (
        <ol className="collection-items" aria-label="Items (Alt+Up and Alt+Down move the focused item)">
          {collection.items.map((item, index) => (
            <li
              key={`${item.type}:${item.id}`}
              draggable
              tabIndex={0}
              className={dragged === index ? 'dragging' : undefined}
              aria-label={`${index + 1}. ${titles[index] ?? item.id}`}
              onDragStart={() => setDragged(index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragged !== null) move(dragged, index)
                setDragged(null)
              }}
              onDragEnd={() => setDragged(null)}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
                e.preventDefault()
                const to = e.key === 'ArrowUp' ? index - 1 : index + 1
                const list = e.currentTarget.parentElement
                move(index, to)
                // Focus follows the moved item once the list has re-rendered.
                setTimeout(() => (list?.children[Math.max(0, Math.min(to, collection.items.length - 1))] as HTMLElement | undefined)?.focus(), 50)
              }}
            >
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <span className="kind">{item.type}</span>{' '}
              {titles[index] ? <Link to={`/${PATH[item.type]}${item.type === 'annotation' ? '' : `/${item.id}`}`}>{titles[index]}</Link> : <span className="detached">Missing: {item.id}</span>}
              <span className="item-actions">
                <button type="button" className="ghost small" aria-label={`Move ${titles[index] ?? item.id} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  ↑
                </button>
                <button type="button" className="ghost small" aria-label={`Move ${titles[index] ?? item.id} down`} disabled={index === collection.items.length - 1} onClick={() => move(index, index + 1)}>
                  ↓
                </button>
                <button type="button" className="ghost small" aria-label={`Remove ${titles[index] ?? item.id}`} onClick={() => void removeFromCollection(collection.id, item).catch(failed)}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { createCollection } from '../annotations/annotations'
import { useCollections } from '../annotations/hooks'
import { notify } from '../annotations/notify'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'

export function CollectionsScreen() {
  const collections = useCollections()
  const [name, setName] = useState('')
  const navigate = useNavigate()
  const create = async (): Promise<void> => {
    try {
      const c = await createCollection(name)
      setName('')
      navigate(`/collections/${c.id}`)
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    }
  }
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Collections" subtitle="Research projects: ordered sets of initiatives, meetings, sources and notes" />
      <form
        className="catalogue-toolbar"
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <label className="field">
          <span>New collection</span>
          <input type="text" aria-label="Collection name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. AI governance chapter" />
        </label>
        <button type="submit">Create collection</button>
      </form>
      {!collections ? (
        <Skeleton label="Loading collections" />
      ) : collections.length === 0 ? (
        <EmptyState title="No collections yet">
          <p>Create one above, then add initiatives, meetings, sources and notes to it from their pages.</p>
        </EmptyState>
      ) : (
        <ul className="party-grid">
          {collections.map((c) => (
            <li key={c.id} className="card">
              <Link to={`/collections/${c.id}`}>{c.name}</Link>
              <p className="muted small">
                {c.items.length} item{c.items.length === 1 ? '' : 's'}
                {c.description ? ` · ${c.description.slice(0, 80)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

import type { CollectionItem } from '@shared/model/annotation'
import { addToCollection, createCollection } from '../annotations/annotations'
import { useCollections } from '../annotations/hooks'
import { notify } from '../annotations/notify'

/** A select on entity pages that adds the entity to a collection (or to a new one). */
export function AddToCollection({ item }: { item: CollectionItem }) {
  const collections = useCollections()
  const add = async (value: string): Promise<void> => {
    try {
      let id = value
      if (value === '__new') {
        const name = window.prompt('Name of the new collection')
        if (!name) return
        id = (await createCollection(name)).id
      }
      await addToCollection(id, [item])
      notify('Added to the collection.')
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    }
  }
  return (
    <select aria-label="Add to collection" value="" onChange={(e) => e.target.value && void add(e.target.value)}>
      <option value="">Add to collection…</option>
      {(collections ?? []).map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      <option value="__new">New collection…</option>
    </select>
  )
}

import { useState } from 'react'
import type { CollectionItem } from '@shared/model/annotation'
import { PromptDialog } from '../../components/AskDialog'
import { addToCollection, createCollection } from '../annotations/annotations'
import { useCollections } from '../annotations/hooks'
import { notify } from '../annotations/notify'

/** A select on entity pages that adds the entity to a collection (or to a new one, named in a dialog). */
export function AddToCollection({ item }: { item: CollectionItem }) {
  const collections = useCollections()
  const [naming, setNaming] = useState(false)
  const add = async (value: string, newName?: string): Promise<void> => {
    try {
      const id = newName === undefined ? value : (await createCollection(newName)).id
      await addToCollection(id, [item])
      notify('Added to the collection.')
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    }
  }
  return (
    <>
      <select aria-label="Add to collection" value="" onChange={(e) => (e.target.value === '__new' ? setNaming(true) : e.target.value && void add(e.target.value))}>
        <option value="">Add to collection…</option>
        {(collections ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value="__new">New collection…</option>
      </select>
      <PromptDialog
        title="New collection"
        label="Name of the new collection"
        submit="Create and add"
        open={naming}
        onClose={() => setNaming(false)}
        onSubmit={(name) => {
          setNaming(false)
          void add('', name)
        }}
      />
    </>
  )
}

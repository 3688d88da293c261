import { useState } from 'react'
import type { CollectionItem } from '@shared/model/annotation'
import { PromptDialog } from '../../components/AskDialog'
import { MenuButton } from '../../components/MenuButton'
import { addToCollection, createCollection } from '../annotations/annotations'
import { useCollections } from '../annotations/hooks'
import { notify } from '../annotations/notify'

const NEW = '\u0000new'

/** A menu button on entity pages that adds the entity to a collection (or to a new one, named in a dialog). */
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
      <MenuButton
        label="Add to collection…"
        choices={[...(collections ?? []).map((c) => ({ key: c.id, label: c.name })), { key: NEW, label: 'New collection…' }]}
        onChoose={(key) => (key === NEW ? setNaming(true) : void add(key))}
      />
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

import { moveToTrash, undoLastDelete } from './annotations'
import { notify } from './notify'

/** Moves annotations to the Trash and offers Undo (also Ctrl/Cmd+Z). */
export async function deleteWithUndo(ids: readonly string[]): Promise<void> {
  try {
    await moveToTrash(ids)
    notify(ids.length === 1 ? 'Moved to Trash.' : `${ids.length} items moved to Trash.`, {
      action: { label: 'Undo', run: () => void undoWithNotice() }
    })
  } catch (error) {
    notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
  }
}

export async function undoWithNotice(): Promise<void> {
  const restored = await undoLastDelete()
  if (restored > 0) notify(restored === 1 ? 'Restored from Trash.' : `${restored} items restored from Trash.`)
}

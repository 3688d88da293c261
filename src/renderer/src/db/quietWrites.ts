/**
 * A large write (an import) that no live query re-reads while it runs. Each commit of its chunks
 * would make every open screen and the search watchers read their tables again, and those reads
 * queue ahead of the next chunk's transaction: the import then runs at a tenth of the rate
 * IndexedDB writes. While one runs, live queries keep the value they had and stop watching; when
 * it ends, they read once and watch again, so the screens show the result as soon as it is whole.
 */
let depth = 0
const listeners = new Set<() => void>()

export const writingQuietly = (): boolean => depth > 0

/** Called once each time the last quiet write ends. Returns the unsubscribe function. */
export function onQuietEnd(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  depth++
  try {
    return await work()
  } finally {
    depth--
    if (depth === 0) for (const listener of [...listeners]) listener()
  }
}

/** A tiny app-wide notice channel: one message at a time, with an optional action (Undo). */
export interface Notice {
  id: number
  message: string
  action?: { label: string; run: () => void }
  tone?: 'info' | 'error'
}

type Listener = (notice: Notice | null) => void
const listeners = new Set<Listener>()
let counter = 0

export function notify(message: string, options: Omit<Notice, 'id' | 'message'> = {}): void {
  const notice = { id: ++counter, message, ...options }
  listeners.forEach((l) => l(notice))
}

export function dismissNotice(): void {
  listeners.forEach((l) => l(null))
}

export function onNotice(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * What other windows of the app did that this one must know: a newer version of the app opened
 * the database (Dexie's `versionchange`, `blocked`, `close`), or a restore replaced the user's data
 * (a BroadcastChannel message the restoring window sends after its transaction commits). Lists
 * and editors follow single edits live through `useLiveQuery`; these two cannot be followed, so
 * the window shows a banner (`OtherWindowsBanner`).
 */
import type { DeskDatabase } from '../../db/db'

export type OtherWindowEvent = 'updated' | 'blocked' | 'restored'

const CHANNEL = 'asean-digital-desk:windows'
const RESTORED = 'restored'

/** This window's end of the channel, once `watchOtherWindows` ran. */
let channel: BroadcastChannel | null = null
let last: OtherWindowEvent | null = null
/** Listeners get each event as it happens, and null when the banner was dismissed. */
const listeners = new Set<(event: OtherWindowEvent | null) => void>()

function emit(event: OtherWindowEvent): void {
  // A request to reload or to close the older window outlasts a later restore's news.
  if (last === null || last === 'restored') last = event
  listeners.forEach((listener) => listener(event))
}

/** The latest event worth a banner, or null. */
export const lastOtherWindowEvent = (): OtherWindowEvent | null => last

/** Calls `listener` on every event; returns the unsubscribe function. */
export function onOtherWindow(listener: (event: OtherWindowEvent | null) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Forgets the banner's event once the user dismissed it. */
export function dismissOtherWindowEvent(): void {
  last = null
  listeners.forEach((listener) => listener(null))
}

/** Tells the other windows that a restore replaced the data. Call after the transaction commits. */
export function announceRestore(): void {
  // Sent on this window's own channel: a channel never hears itself, other objects in this window would.
  if (channel) channel.postMessage(RESTORED)
  else if (typeof BroadcastChannel !== 'undefined') {
    const once = new BroadcastChannel(CHANNEL)
    once.postMessage(RESTORED)
    once.close()
  }
}

/** Starts listening, once per window, to the database's lifecycle and to the other windows. */
export function watchOtherWindows(database: DeskDatabase): void {
  let versionChanged = false
  // Dexie closes the connection itself on `versionchange`, so the other window's upgrade can go on.
  database.on('versionchange', () => {
    versionChanged = true
    emit('updated')
  })
  // This window is the newer one, waiting for an older window to let go of the database.
  database.on('blocked', () => emit('blocked'))
  // A close with no version change is Chromium dropping the connection (a full or failing disk):
  // `readHealth` says that in words and retries; asking for a reload would mislead.
  database.on('close', () => {
    if (versionChanged) emit('updated')
  })
  if (typeof BroadcastChannel === 'undefined') return
  channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (message: MessageEvent) => {
    if (message.data === RESTORED) emit('restored')
  }
}

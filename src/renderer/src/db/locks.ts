/**
 * Changes that rewrite whole tables (a dataset upgrade, a restore) run under one Web Lock, shared by
 * every window of the app on this profile. Without it two windows opened together could both see an
 * old dataset and each take a backup and replace it, or a restore could land between another
 * window's backup and its replace. Where `navigator.locks` is missing (unit tests in Node), the
 * same order is kept within this one JavaScript realm.
 */

/** The lock's name: one per database, so the app's windows and tabs queue behind each other. */
export const WHOLESALE_CHANGE_LOCK = 'asean-digital-desk:wholesale-change'

type Locks = Pick<LockManager, 'request'>

let realmQueue: Promise<unknown> = Promise.resolve()

/** Runs `change` once no other window is running one, and holds the others off until it ends. */
export function exclusively<T>(change: () => Promise<T>, locks: Locks | undefined = globalThis.navigator?.locks): Promise<T> {
  if (locks) return locks.request(WHOLESALE_CHANGE_LOCK, { mode: 'exclusive' }, change) as Promise<T>
  const run = realmQueue.then(change, change)
  realmQueue = run.catch(() => undefined)
  return run
}

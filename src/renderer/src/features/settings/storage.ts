/** Storage durability and room: ask the browser to keep our data, and read how full it is. */
import type { StorageSpace } from '@shared/ipc'
import { desk } from '../../platform/desk'

export { describeSpace, formatBytes } from './spaceWords'

export interface StorageStatus {
  persisted: boolean | null
  /** What the app's data takes (the browser's count, in the desktop app too). */
  usage: number | null
  quota: number | null
  /** Room left: the disk's free space in the desktop app, the browser's grant in a browser. */
  space: StorageSpace | null
}

/** Above this share of the quota the app warns before writes start failing. */
export const QUOTA_WARNING_RATIO = 0.9
/** Below this much room the app warns: an import or a backup may not fit. */
export const LOW_SPACE_BYTES = 100 * 1024 * 1024

export async function requestPersistence(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null
    return (await navigator.storage.persisted()) || (await navigator.storage.persist())
  } catch {
    return null
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const space = await desk.storageSpace().then(
    (r) => (r.ok ? r.value : null),
    () => null
  )
  try {
    const [persisted, estimate] = await Promise.all([navigator.storage?.persisted?.() ?? null, navigator.storage?.estimate?.() ?? null])
    return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, space }
  } catch {
    return { persisted: null, usage: null, quota: null, space }
  }
}

export const nearlyFull = (s: StorageStatus): boolean =>
  s.space ? s.space.free < LOW_SPACE_BYTES : s.usage !== null && s.quota !== null && s.quota > 0 && s.usage / s.quota >= QUOTA_WARNING_RATIO

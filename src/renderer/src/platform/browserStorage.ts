/**
 * How much a plain browser still lets this site store. A page cannot read the disk's free space,
 * and `navigator.storage.estimate()` does not give it either: Chromium reports the remaining quota
 * rounded up to whole gibibytes (measured: "1 GiB" left on a 40 MB disk with 36 MB free, "3 GiB"
 * on a 3 GB one), so on a small disk it promises far more than there is.
 *
 * What Chromium does enforce is its real quota, and a write beyond it fails before any byte is
 * written. So we ask: a file in the origin-private file system is resized (not written: the file
 * stays sparse, and the resize is abandoned) to the size in question, and Chromium either grants
 * or refuses it with QuotaExceededError. A binary search on that finds what is left to a few
 * percent in a dozen steps of a few milliseconds. Where that file system is missing, the
 * estimate's figure is all there is.
 */
import type { StorageSpace } from '@shared/ipc'

const PROBE = '.storage-probe'
const MB = 1024 * 1024

/** Whether the browser would let this site grow by `bytes` now; throws when it cannot be asked. */
async function grants(directory: FileSystemDirectoryHandle, bytes: number): Promise<boolean> {
  const file = await directory.getFileHandle(PROBE, { create: true })
  const writable = await file.createWritable()
  try {
    await writable.truncate(bytes)
    return true
  } catch (error) {
    if ((error as { name?: string }).name === 'QuotaExceededError') return false
    throw error
  } finally {
    await writable.abort().catch(() => undefined)
  }
}

/** The largest growth the browser grants, at most `ceiling`, found to within 2 % (or 1 MB). */
async function largestGrant(ceiling: number): Promise<number | null> {
  let directory: FileSystemDirectoryHandle
  try {
    directory = await navigator.storage.getDirectory()
  } catch {
    return null
  }
  try {
    if (await grants(directory, ceiling)) return ceiling
    let low = 0
    let high = ceiling
    while (high - low > Math.max(MB, low / 50)) {
      const middle = Math.floor((low + high) / 2)
      if (await grants(directory, middle)) low = middle
      else high = middle
    }
    return low
  } catch {
    return null
  } finally {
    await directory.removeEntry(PROBE).catch(() => undefined)
  }
}

export async function browserStorageSpace(): Promise<StorageSpace> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null)
  const quota = estimate?.quota ?? null
  const reported = quota === null ? 16 * 1024 * MB : Math.max(0, quota - (estimate?.usage ?? 0))
  const granted = await largestGrant(reported)
  return { kind: 'browser-quota', free: Math.min(reported, granted ?? reported), total: quota }
}

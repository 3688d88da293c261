/** Sizes and room in words for Settings. Pure. */
import type { StorageSpace } from '@shared/ipc'

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown'
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`
}

/** The room left, in words that say whose figure it is. */
export function describeSpace(space: StorageSpace | null): string {
  if (!space) return 'unknown'
  if (space.kind === 'disk') return `${formatBytes(space.free)} free on the disk that holds your data${space.total ? ` (of ${formatBytes(space.total)})` : ''}`
  return `about ${formatBytes(space.free)} more, as this browser allows it: the browser's quota for this site, not the disk's free space`
}

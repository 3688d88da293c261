/** Storage durability and room: ask the browser to keep our data, and read how full it is. */
export interface StorageStatus {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/** Above this share of the quota the app warns before writes start failing. */
export const QUOTA_WARNING_RATIO = 0.9

export async function requestPersistence(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null
    return (await navigator.storage.persisted()) || (await navigator.storage.persist())
  } catch {
    return null
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  try {
    const [persisted, estimate] = await Promise.all([navigator.storage?.persisted?.() ?? null, navigator.storage?.estimate?.() ?? null])
    return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
  } catch {
    return { persisted: null, usage: null, quota: null }
  }
}

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

export const nearlyFull = (s: StorageStatus): boolean => s.usage !== null && s.quota !== null && s.quota > 0 && s.usage / s.quota >= QUOTA_WARNING_RATIO

/**
 * Which export the current page offers (its record, collection or Notes filter), and a request to
 * open the export dialog. Pages register their scope; the File menu, Ctrl/Cmd+E and the pages'
 * Export buttons all open the same dialog.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { RecordType } from '@shared/export/markdown'

export type PageExportScope =
  | { type: RecordType; id: string; label: string }
  | { type: 'collection'; id: string; label: string }
  | { type: 'notes'; label: string; annotationIds: readonly string[] }
  | { type: 'all'; label: string }

export const EVERYTHING: PageExportScope = { type: 'all', label: 'All my notes and highlights' }

let pageScope: PageExportScope | null = null
let request: { scope: PageExportScope; at: number } | null = null
const listeners = new Set<() => void>()
const emit = (): void => listeners.forEach((l) => l())
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Offers `scope` as this page's export while the page is shown. */
export function usePageExportScope(scope: PageExportScope | null): void {
  const key = scope ? JSON.stringify(scope) : null
  useEffect(() => {
    if (!key) return
    pageScope = JSON.parse(key) as PageExportScope
    return () => {
      pageScope = null
    }
  }, [key])
}

/** Opens the export dialog for `scope`, or for the current page (everything if it offers none). */
export function openExport(scope?: PageExportScope): void {
  request = { scope: scope ?? pageScope ?? EVERYTHING, at: Date.now() }
  emit()
}

export function closeExport(): void {
  request = null
  emit()
}

export function useExportRequest(): { scope: PageExportScope; at: number } | null {
  return useSyncExternalStore(subscribe, () => request)
}

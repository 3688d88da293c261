/** Filtering of the Notes screen, pure: by view, text, tag, colour, collection, target type and date. */
import type { Annotation, Collection } from '@shared/model/annotation'

export type NotesView = 'all' | 'detached' | 'trash'

export interface NotesFilter {
  view: NotesView
  q: string
  tag: string
  color: string
  collection: string
  type: string
  from: string
  to: string
}

export const NOTES_FILTER_KEYS = ['view', 'q', 'tag', 'color', 'collection', 'type', 'from', 'to'] as const

export function notesFilterFromParams(params: URLSearchParams): NotesFilter {
  const get = (k: string): string => params.get(k) ?? ''
  const view = get('view')
  return {
    view: view === 'detached' || view === 'trash' ? view : 'all',
    q: get('q'),
    tag: get('tag'),
    color: get('color'),
    collection: get('collection'),
    type: get('type'),
    from: /^\d{4}-\d{2}-\d{2}$/.test(get('from')) ? get('from') : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(get('to')) ? get('to') : ''
  }
}

export function notesFilterToParams(filter: NotesFilter): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of NOTES_FILTER_KEYS) {
    const value = filter[key]
    if (value && !(key === 'view' && value === 'all')) params.set(key, value)
  }
  return params
}

export interface NoteRowView {
  annotation: Annotation
  /** Title of what it is about, or null when the dataset no longer has that id. */
  targetTitle: string | null
}

export function applyNotesFilter(rows: readonly NoteRowView[], filter: NotesFilter, collections: readonly Collection[]): NoteRowView[] {
  const inCollection = filter.collection ? new Set(collections.find((c) => c.id === filter.collection)?.items.map((i) => `${i.type}:${i.id}`) ?? []) : null
  const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean)
  return rows.filter(({ annotation: a, targetTitle }) => {
    if (filter.view === 'trash' ? !a.deleted : a.deleted) return false
    if (filter.view === 'detached' && !(a.orphaned || targetTitle === null)) return false
    if (filter.tag && !a.tags.includes(filter.tag)) return false
    if (filter.color && (a.kind !== 'highlight' || (a.color ?? 'yellow') !== filter.color)) return false
    if (filter.type && a.targetType !== filter.type) return false
    if (filter.from && a.updated.slice(0, 10) < filter.from) return false
    if (filter.to && a.updated.slice(0, 10) > filter.to) return false
    if (inCollection) {
      const target = a.targetType === 'party' ? null : `${a.targetType}:${a.targetId}`
      if (!inCollection.has(`annotation:${a.id}`) && !(target && inCollection.has(target)) && !a.links.some((l) => inCollection.has(`initiative:${l}`))) return false
    }
    if (words.length) {
      const hay = `${a.body} ${a.selector?.quote.exact ?? ''} ${a.tags.join(' ')} ${targetTitle ?? ''}`.toLowerCase()
      if (!words.every((w) => hay.includes(w))) return false
    }
    return true
  })
}

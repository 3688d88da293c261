import { useLiveQuery } from '../../db/useLiveQuery'
import type { Annotation, TargetType } from '@shared/model/annotation'
import { db, type StoredDraft } from '../../db/db'
import { heldDraftsStore, newerDraft, offeredDraft } from './drafts'
import { useSyncExternalStore } from 'react'

const byNewest = (a: Annotation, b: Annotation) => b.created.localeCompare(a.created) || b.id.localeCompare(a.id)

/** Live annotations on one target (and, for an initiative, highlights linked to it). */
export function useTargetAnnotations(targetType: TargetType, targetId: string | undefined): Annotation[] | undefined {
  return useLiveQuery(async () => {
    if (!targetId) return []
    const direct = await db.annotations.where('[targetType+targetId]').equals([targetType, targetId]).toArray()
    const linked = targetType === 'initiative' ? await db.annotations.where('links').equals(targetId).toArray() : []
    const seen = new Set<string>()
    return [...direct, ...linked].filter((a) => !a.deleted && !seen.has(a.id) && seen.add(a.id)).sort(byNewest)
  }, [targetType, targetId])
}

/** Every tag in use with how many live annotations carry it, most used first. */
export function useTags(): { tag: string; count: number }[] | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>()
    await db.annotations.each((a) => {
      if (!a.deleted) a.tags.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1))
    })
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  })
}

export function useCollections() {
  return useLiveQuery(() => db.collections.orderBy('name').toArray())
}

/** Unsaved text left on this note to offer (`offeredDraft`); an editor says whether it wrote a draft. */
export function useRecoveredDraft(annotation: Annotation, editorWrote?: boolean): StoredDraft | undefined {
  const stored = useLiveQuery(() => db.drafts.get(annotation.id), [annotation.id])
  useSyncExternalStore(heldDraftsStore.subscribe, heldDraftsStore.version)
  return offeredDraft(newerDraft(stored, heldDraftsStore.get(annotation.id)), annotation, editorWrote)
}

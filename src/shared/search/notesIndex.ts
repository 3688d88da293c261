/**
 * The user's notes and highlights as search indexes that take a change in milliseconds. lunr
 * indexes are immutable, and rebuilding one over 1,000 notes takes about 200 ms; so a change goes
 * into a small delta index of the annotations changed since the base was built, and their stale
 * versions in the base are hidden. `rebuild` folds the delta back into the base when the user
 * pauses.
 */
import type { Annotation } from '../model/annotation'
import { annotationDocuments } from './documents'
import { buildIndex, type SearchIndex } from './engine'

export type TitleOf = (annotation: Annotation) => string

/** What makes an annotation's indexed form stale: an edit, or a move to or from the Trash. */
const signature = (a: Annotation): string => `${a.updated}|${a.deleted ?? ''}`

export class NotesIndex {
  private base: SearchIndex | null = null
  private delta: SearchIndex | null = null
  private signatures = new Map<string, string>()
  /** base ref of each annotation id, to hide it when the annotation changes. */
  private refs = new Map<string, string>()

  /** The indexes to search, base first. */
  get indexes(): SearchIndex[] {
    return [this.base, this.delta].filter((x): x is SearchIndex => x !== null)
  }

  /** How many annotations live in the delta (0 after a rebuild). */
  get pending(): number {
    return this.delta?.docs.size ?? 0
  }

  get size(): number {
    return (this.base?.docs.size ?? 0) - (this.base?.hidden?.size ?? 0) + this.pending
  }

  get built(): boolean {
    return this.base !== null
  }

  rebuild(annotations: readonly Annotation[], titleOf: TitleOf): void {
    this.base = buildIndex(annotationDocuments(annotations, titleOf))
    this.delta = null
    this.signatures = new Map(annotations.map((a) => [a.id, signature(a)]))
    this.refs = new Map([...this.base.docs.values()].map((d) => [d.id, d.ref]))
  }

  /**
   * Takes the current annotations; re-indexes only those that changed since the base was built.
   * Returns how many changed. `titleOf` is called for the changed ones alone.
   */
  update(annotations: readonly Annotation[], titleOf: TitleOf): number {
    if (!this.base) {
      this.rebuild(annotations, titleOf)
      return annotations.length
    }
    const current = new Set<string>()
    const changed: Annotation[] = []
    for (const a of annotations) {
      current.add(a.id)
      if (this.signatures.get(a.id) !== signature(a)) changed.push(a)
    }
    const hidden = new Set<string>()
    for (const a of changed) {
      const ref = this.refs.get(a.id)
      if (ref) hidden.add(ref)
    }
    for (const [id, ref] of this.refs) if (!current.has(id)) hidden.add(ref)
    this.base.hidden = hidden
    this.delta = changed.length ? buildIndex(annotationDocuments(changed, titleOf)) : null
    return changed.length + [...this.refs.keys()].filter((id) => !current.has(id)).length
  }
}

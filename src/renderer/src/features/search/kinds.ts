import type { SearchKind } from '@shared/search/documents'
import type { SearchHit } from '@shared/search/engine'

/** The result groups, in the order the screen shows them; `label` names a group, `one` a hit. */
export const GROUPS: readonly { kind: SearchKind; label: string; one: string }[] = [
  { kind: 'initiative', label: 'Initiatives', one: 'Initiative' },
  { kind: 'meeting', label: 'Meetings', one: 'Meeting' },
  { kind: 'party', label: 'Partners', one: 'Partner' },
  { kind: 'passage', label: 'Source passages', one: 'Source passage' },
  { kind: 'note', label: 'My notes', one: 'My note' },
  { kind: 'highlight', label: 'My highlights', one: 'My highlight' }
]

const ONE = new Map(GROUPS.map((g) => [g.kind, g.one]))

/** Where in its source a passage sits, or null for every other kind. */
export function hitPlace(hit: Pick<SearchHit, 'kind' | 'paragraph'>): string | null {
  return hit.kind === 'passage' && hit.paragraph ? `Paragraph ${hit.paragraph}` : null
}

/** What a hit is, for lists that mix kinds: "Initiative", "Source passage · Paragraph 12". */
export function hitKindLabel(hit: Pick<SearchHit, 'kind' | 'paragraph'>): string {
  const place = hitPlace(hit)
  const kind = ONE.get(hit.kind) ?? hit.kind
  return place ? `${kind} · ${place}` : kind
}

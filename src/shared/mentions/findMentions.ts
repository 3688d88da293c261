/**
 * Finds where known entities are named in a text: by name, acronym and aliases, tolerant of case,
 * whitespace, apostrophe and dash variants; longest match first, so "ASEAN Digital Masterplan
 * 2030" wins over "ASEAN Digital Masterplan" inside it. Used to precompute the dataset's mention
 * index and, unchanged, on imported documents.
 */
import type { Mention } from '../model/dataset'

export interface MentionTerm {
  entityId: string
  entityType: Mention['entityType']
  term: string
}

interface Named {
  id: string
  name: string
  acronym?: string | null
  aliases?: readonly string[]
}

/** Short all-capital acronyms (ACS, AP) match only in capitals, so ordinary words are not taken. */
const isStrictAcronym = (term: string): boolean => term.length <= 5 && /^[A-Z0-9-]+$/.test(term)

export function mentionTerms(entityType: Mention['entityType'], records: readonly Named[]): MentionTerm[] {
  const out: MentionTerm[] = []
  for (const r of records) {
    const terms = new Set([r.name, r.acronym ?? '', ...(r.aliases ?? [])].map((t) => t.trim()).filter((t) => t.length >= 2))
    terms.forEach((term) => out.push({ entityId: r.id, entityType, term }))
  }
  return out
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) =>
      escape(word)
        .replace(/['’‘]/g, "['’‘]")
        .replace(/-|–|—/g, '\\s*[-–—]\\s*')
    )
    .join('\\s+')
}

const WORD_CHAR = /[\p{L}\p{N}]/u

export function findMentions(text: string, terms: readonly MentionTerm[], sourceId: string): Mention[] {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || a.entityId.localeCompare(b.entityId))
  const taken: [number, number][] = []
  const found: Mention[] = []
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s)
  for (const t of sorted) {
    const re = new RegExp(termPattern(t.term), isStrictAcronym(t.term) ? 'gu' : 'giu')
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (m[0].length === 0) {
        re.lastIndex += 1
        continue
      }
      const before = text[start - 1]
      const after = text[end]
      const boundary = (!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))
      if (!boundary || overlaps(start, end)) continue
      taken.push([start, end])
      found.push({ sourceId, entityId: t.entityId, entityType: t.entityType, start, end, text: m[0] })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Query planning: each word of a parsed query with the index terms it may match and how much
 * each counts. The word itself; the terms it begins while it is being typed; another way of
 * writing it ("third" for 3); and for a word the index lacks, its nearest terms (a typo).
 */
import { familyTerms, termOf, verbatimTerm } from './analysis'
import type { CompactIndex } from './compactIndex'
import { allowedEdits, completions, holds, typoTerms } from './expand'
import type { Clause, ParsedQuery } from './query'
import { FIELDS, type Expansion, type PlannedWord } from './score'

/** Form weights: a completion of the word being typed, a typo variant at one and at two edits. */
const PREFIX_WEIGHT = 0.5
const PREFIX_WEIGHT_AFTER_WORD = 0.25
const TYPO_WEIGHT = [1, 0.5, 0.3]
/** Another way of writing the same word ("third" for 3). */
const SAME_WEIGHT = 0.9
/** Another word of its family in a Malay or Indonesian text ("didukung" for "dukungan"): below the word itself. */
const FAMILY_WEIGHT = 0.8
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']

const FIELD_SCOPES: Record<NonNullable<Clause['field']>, string[]> = {
  title: ['title', 'aliases'],
  tags: ['tags'],
  partner: ['partner'],
  type: ['type']
}
const ALL_FIELDS: readonly string[] = FIELDS
const OWN_FIELDS: readonly string[] = FIELDS.filter((f) => f !== 'context')

/** The Thai (Buddhist-era) year of a year of 1900 to 2100, or the year of such a Thai year. */
export function otherEra(word: string): string | undefined {
  if (!/^\d{4}$/.test(word)) return undefined
  const year = Number(word)
  return year >= 1900 && year <= 2100 ? String(year + 543) : year >= 2443 && year <= 2643 ? String(year - 543) : undefined
}

/** Each word of the query with the index terms it may match in `search`, weighed. */
export function plan(indexes: readonly CompactIndex[], parsed: ParsedQuery, typing: boolean): PlannedWord[] {
  const termIds = { has: (term: string): boolean => holds(indexes, term) }
  const typingAt = typing && parsed.prefix ? parsed.clauses.length - 1 : -1
  // Two words the text writes as one ("Ha Noi" and "Hanoi", "cyber security"): the joined word
  // stands for both.
  const joined = parsed.clauses.map((clause, i) => {
    const next = parsed.clauses[i + 1]
    if (!next || clause.presence === 'prohibited' || next.presence === 'prohibited' || clause.field !== next.field) return null
    const term = termOf(clause.term + next.term)
    return term && termIds.has(term) ? term : null
  })
  return parsed.clauses.map((clause, i) => {
    // A required word must be in the document itself, not only in a passage's context.
    const fields = clause.field ? FIELD_SCOPES[clause.field] : clause.presence === 'required' ? OWN_FIELDS : ALL_FIELDS
    const term = termOf(clause.term, clause.capitals)
    const expansions: Expansion[] = term ? [{ term, weight: 1 }] : []
    // The word as a text in another language than English holds it: not stemmed, and never a
    // stop word (Vietnamese "số", digital, folds to "so"). Only such a text has these terms.
    const verbatim = verbatimTerm(clause.term)
    if (verbatim !== term && termIds.has(verbatim)) expansions.push({ term: verbatim, weight: 1 })
    if (clause.presence === 'prohibited') return { expansions, presence: clause.presence, fields }
    const known = !!term && termIds.has(term)
    if (i === typingAt && clause.term === parsed.prefix) {
      const weight = known ? PREFIX_WEIGHT_AFTER_WORD : PREFIX_WEIGHT
      for (const completion of completions(indexes, clause.term)) if (completion !== term) expansions.push({ term: completion, weight })
    }
    // "third ADGMIN" and "3rd ADGMIN" (indexed as 3) mean the same meeting.
    const ordinal = ORDINALS.indexOf(clause.term)
    const same = ordinal >= 0 ? String(ordinal + 1) : /^\d+$/.test(clause.term) ? ORDINALS[Number(clause.term) - 1] : undefined
    if (same && termIds.has(same)) expansions.push({ term: same, weight: SAME_WEIGHT })
    // A year in the Buddhist era, as Thai texts date ("2568" is 2025), and the other way round.
    const era = otherEra(clause.term)
    if (era && termIds.has(era)) expansions.push({ term: era, weight: SAME_WEIGHT })
    for (const whole of [joined[i - 1], joined[i]]) if (whole && whole !== term) expansions.push({ term: whole, weight: SAME_WEIGHT / 2, cover: SAME_WEIGHT })
    // The query is read as Malay or Indonesian too: its roots match in the passages written so.
    // Only a library holding such passages has these terms, so an English one plans as before.
    for (const family of familyTerms(clause.term)) if (termIds.has(family) && !expansions.some((e) => e.term === family)) expansions.push({ term: family, weight: FAMILY_WEIGHT })
    // A word the index lacks is read as a typo of the words nearest to it.
    if (term && !known && !same && expansions.length === 1 && allowedEdits(clause.term)) {
      for (const near of typoTerms(indexes, clause.term)) expansions.push({ term: near.term, weight: TYPO_WEIGHT[near.edits] ?? 0.3, typo: true })
    }
    return { expansions, presence: clause.presence, fields }
  })
}

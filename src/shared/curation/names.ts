/** Names of a record the user curates: comparing them, and what a rename keeps. Pure. */
import type { Applied } from './initiativeFields'

/** The same name, whatever the letter case ("DICT" and "Dict"). */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0

/**
 * The other names after a rename: the old name stays one of them (sources that use it still link
 * to the record, and search still finds it by it), the new one is no longer among them.
 */
export function renamedAliases(aliases: readonly string[], oldName: string, newName: string): string[] {
  const kept = aliases.filter((a) => !sameName(a, newName))
  return kept.some((a) => sameName(a, oldName)) ? kept : [...kept, oldName]
}

/** A selected quote read as a name: without the quotation marks and end punctuation around it; nothing when too long to be one. */
export const nameFromQuote = (text: string): string => (text.length <= 160 ? text.replace(/^[“"'‘]+|[”"'’.,;:]+$/g, '').trim() : '')

/** Why `text` cannot be added as another name of a record called `names`, or null when it can. */
export function otherNameProblem(names: readonly string[], text: string): string | null {
  if (!text) return 'Give the other name.'
  return names.some((n) => sameName(n, text)) ? `“${text}” is already one of its names.` : null
}

/** A record renamed to `text` (spaces collapsed): the old name stays another name. */
export function renamedTo<T extends { name: string; aliases: string[] }>(record: T, text: string): Applied<T> {
  if (!text) return { ok: false, error: 'Give the name.' }
  if (text === record.name) return { ok: false, error: 'That is already its name.' }
  return { ok: true, patch: { name: text, aliases: renamedAliases(record.aliases, record.name, text) } as Partial<T>, about: 'name', shown: text }
}

/** `text` added to a record's other names, unless it is one of `names` (all it is called) already. */
export function withOtherName<T extends { aliases: string[] }>(record: T, names: readonly string[], text: string): Applied<T> {
  const problem = otherNameProblem(names, text)
  if (problem) return { ok: false, error: problem }
  return { ok: true, patch: { aliases: [...record.aliases, text] } as Partial<T>, about: `aliases:${text}`, shown: text }
}

/** Names of a record the user curates: comparing them, and what a rename keeps. Pure. */

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

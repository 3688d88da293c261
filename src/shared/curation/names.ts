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

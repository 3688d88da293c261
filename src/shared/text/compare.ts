/** Code-unit order of two strings, as `<` gives it: stable across locales, so exports and backups are byte-identical everywhere. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * File names that are valid on Windows, macOS and Linux and usable as Obsidian link targets.
 * Pure, so the vault export and its tests agree on every name.
 */

/** Windows refuses these as a name, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** Forbidden on Windows (`<>:"/\|?*`), control characters, and Obsidian's link syntax (`#^[]|`). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f#^[\]]/g

/** Most file systems allow 255 bytes; leave room for " (2)" and ".md" and path depth on Windows. */
const MAX_NAME_BYTES = 120

const encoder = new TextEncoder()

function truncateBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text
  let out = ''
  for (const char of text) {
    if (encoder.encode(out + char).length > maxBytes) break
    out += char
  }
  return out
}

/** A safe base name (no extension) for `title`. Never empty, never reserved, no leading dot. */
export function safeFileName(title: string): string {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  name = name.replace(/^[.\s]+/, '')
  name = truncateBytes(name, MAX_NAME_BYTES).replace(/[.\s]+$/, '')
  if (!name) name = 'Untitled'
  if (RESERVED.test(name)) name = `${name}_`
  return name
}

/**
 * Gives each title a distinct safe name within one folder, ignoring case (macOS and Windows file
 * systems do). Titles are taken in the order given; a later duplicate gets " (2)", " (3)", ….
 */
export function uniqueFileNames(titles: readonly string[]): string[] {
  const taken = new Set<string>()
  return titles.map((title) => {
    const base = safeFileName(title)
    let name = base
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`
    taken.add(name.toLowerCase())
    return name
  })
}

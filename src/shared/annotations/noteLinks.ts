/**
 * Links from a note to records, written `[[initiative:adm-2030|ASEAN Digital Masterplan 2030]]`:
 * the type and id say what is linked, so a link survives a rename; the label is what was written
 * when it was made, shown only when the record is gone. Typing `[[` in a note offers records by
 * name; the note shows each link under the record's current name; a vault export turns them into
 * Obsidian wikilinks; every record lists the notes that link to it.
 */
export const LINK_TYPES = ['initiative', 'meeting', 'party', 'source'] as const
export type LinkType = (typeof LINK_TYPES)[number]

export interface NoteLink {
  type: LinkType
  id: string
  label: string
  start: number
  end: number
}

const LINK = /\[\[(initiative|meeting|party|source):([^\]|\n]+?)(?:\|([^\]\n]*))?\]\]/g

/** Every link in a note, in order. */
export function noteLinks(body: string): NoteLink[] {
  return [...body.matchAll(LINK)].map((m) => ({ type: m[1] as LinkType, id: m[2]!.trim(), label: (m[3] ?? m[2]!).trim(), start: m.index, end: m.index + m[0].length }))
}

/** The text a link is written as; `]`, `|` and line breaks in the label would end it early. */
export const linkMarkup = (type: LinkType, id: string, label: string): string => `[[${type}:${id}|${label.replace(/[[\]|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim()}]]`

/** The note with each link replaced by what `render` makes of it. */
export function replaceLinks(body: string, render: (link: NoteLink) => string): string {
  let out = ''
  let at = 0
  for (const link of noteLinks(body)) {
    out += body.slice(at, link.start) + render(link)
    at = link.end
  }
  return out + body.slice(at)
}

/** Whether a note links to `type:id`. */
export const linksTo = (body: string, type: LinkType, id: string): boolean => body.includes(`[[${type}:${id}`) && noteLinks(body).some((l) => l.type === type && l.id === id)

/** The `[[` being typed just before the caret, with what follows it so far; null when there is none. */
export function openLinkAt(text: string, caret: number): { from: number; query: string } | null {
  const before = text.slice(0, caret)
  const from = before.lastIndexOf('[[')
  if (from < 0) return null
  const query = before.slice(from + 2)
  // A closed link, a line break or a long run of text means the user is not choosing a record.
  if (/[\]\n]/.test(query) || query.length > 60) return null
  return { from, query }
}

export interface LinkCandidate {
  type: LinkType
  id: string
  name: string
  /** Other names it is found by (acronyms, aliases). */
  aliases?: readonly string[]
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()

/**
 * Records whose name or alias holds every word typed, those whose name starts with it first,
 * then by name.
 */
export function suggestLinks(candidates: readonly LinkCandidate[], query: string, limit = 8): LinkCandidate[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const scored: { c: LinkCandidate; score: number }[] = []
  for (const c of candidates) {
    const names = [c.name, ...(c.aliases ?? [])].map(fold)
    if (!words.every((w) => names.some((n) => n.includes(w)))) continue
    const first = words[0] ?? ''
    scored.push({ c, score: names.some((n) => n.startsWith(first)) ? 0 : names.some((n) => n.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(first))) ? 1 : 2 })
  }
  return scored
    .sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name))
    .slice(0, limit)
    .map((s) => s.c)
}

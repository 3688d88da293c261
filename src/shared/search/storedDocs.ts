/**
 * An index's documents as stored: by column, each string column a table of its distinct values
 * and one number per document. Loading a library of 100,000 passages is then a copy of a few
 * typed arrays and string tables, not the decoding of 100,000 objects of twenty fields each
 * (four times slower, measured), and passages of one source share their title, id and facets
 * in memory as they do on disk.
 */
import type { SearchDoc, SearchKind } from './documents'

const KINDS: readonly SearchKind[] = ['initiative', 'meeting', 'party', 'passage', 'note', 'highlight']
const TEXT_COLUMNS = ['id', 'title', 'aliases', 'body', 'tags', 'partner', 'type', 'href', 'context', 'years', 'themes', 'partners', 'meetings'] as const
type TextColumn = (typeof TEXT_COLUMNS)[number]
const LIST_COLUMNS = new Set<TextColumn>(['years', 'themes', 'partners', 'meetings'])
/** Joins a facet list into one string: no facet value holds this control character. */
const LIST_SEPARATOR = '\u001f'
const HEADING = 1
const USERS = 2
const NONE = -1

/** A string column: its distinct values, and each document's value as a position in them. */
export interface StoredColumn {
  values: string[]
  at: Uint32Array
}

export interface StoredDocs {
  format: 'docs-1'
  kind: Uint8Array
  text: Record<TextColumn, StoredColumn>
  /** Where in the source (passages, highlights), -1 when not. */
  start: Int32Array
  end: Int32Array
  paragraph: Int32Array
  /** Bit 1: a heading; bit 2: from a source the user imported. */
  flags: Uint8Array
}

function column(values: readonly string[]): StoredColumn {
  const positions = new Map<string, number>()
  const at = new Uint32Array(values.length)
  values.forEach((value, d) => {
    let p = positions.get(value)
    if (p === undefined) positions.set(value, (p = positions.size))
    at[d] = p
  })
  return { values: [...positions.keys()], at }
}

const textOf = (doc: SearchDoc, name: TextColumn): string => {
  if (LIST_COLUMNS.has(name)) return (doc[name as 'years'] ?? []).join(LIST_SEPARATOR)
  return (doc[name as 'title'] as string | undefined) ?? ''
}

/** Documents in ordinal order as columns. */
export function packDocs(docs: readonly SearchDoc[]): StoredDocs {
  const text = Object.fromEntries(TEXT_COLUMNS.map((name) => [name, column(docs.map((d) => textOf(d, name)))])) as Record<TextColumn, StoredColumn>
  return {
    format: 'docs-1',
    kind: Uint8Array.from(docs, (d) => KINDS.indexOf(d.kind)),
    text,
    start: Int32Array.from(docs, (d) => d.start ?? NONE),
    end: Int32Array.from(docs, (d) => d.end ?? NONE),
    paragraph: Int32Array.from(docs, (d) => d.paragraph ?? NONE),
    flags: Uint8Array.from(docs, (d) => (d.heading ? HEADING : 0) | (d.origin === 'user' ? USERS : 0))
  }
}

const EMPTY: readonly string[] = Object.freeze([])

/** The documents back, keyed by their refs (the index's own list, in the same order). */
export function unpackDocs(stored: StoredDocs, refs: readonly string[]): Map<string, SearchDoc> {
  if (stored?.format !== 'docs-1') throw new Error('The stored search documents have an older format.')
  const { text } = stored
  // One array per distinct facet value list, shared by every document that has it; never changed.
  const lists = (name: TextColumn): readonly string[][] => text[name].values.map((v) => (v ? v.split(LIST_SEPARATOR) : (EMPTY as string[])))
  const [years, themes, partners, meetings] = [lists('years'), lists('themes'), lists('partners'), lists('meetings')]
  const value = (name: TextColumn, d: number): string => text[name].values[text[name].at[d]!]!
  const docs = new Map<string, SearchDoc>()
  for (let d = 0; d < refs.length; d++) {
    const doc: SearchDoc = {
      ref: refs[d]!,
      kind: KINDS[stored.kind[d]!]!,
      id: value('id', d),
      title: value('title', d),
      aliases: value('aliases', d),
      body: value('body', d),
      tags: value('tags', d),
      partner: value('partner', d),
      type: value('type', d),
      href: value('href', d),
      years: years[text.years.at[d]!]!,
      themes: themes[text.themes.at[d]!]!,
      partners: partners[text.partners.at[d]!]!,
      meetings: meetings[text.meetings.at[d]!]!
    }
    if (stored.start[d]! !== NONE) doc.start = stored.start[d]!
    if (stored.end[d]! !== NONE) doc.end = stored.end[d]!
    if (stored.paragraph[d]! !== NONE) doc.paragraph = stored.paragraph[d]!
    const context = value('context', d)
    if (context) doc.context = context
    if (stored.flags[d]! & HEADING) doc.heading = true
    if (stored.flags[d]! & USERS) doc.origin = 'user'
    docs.set(doc.ref, doc)
  }
  return docs
}

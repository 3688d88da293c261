/**
 * An index's documents as stored: by column, each string column a table of its distinct values
 * and one number per document. Loading a library of 100,000 passages is then a copy of a few
 * typed arrays and string tables, not the decoding of 100,000 objects of twenty fields each
 * (four times slower, measured); passages of one source share their title, id and facets in
 * memory as they do on disk; and a document object is made only when a query reaches it.
 */
import type { SearchDoc, SearchKind } from './documents'

const KINDS: readonly SearchKind[] = ['initiative', 'meeting', 'party', 'passage', 'note', 'highlight']
const TEXT_COLUMNS = ['id', 'title', 'aliases', 'body', 'tags', 'partner', 'type', 'href', 'context', 'language', 'years', 'themes', 'partners', 'meetings'] as const
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
  return (doc[name as 'title' | 'language'] as string | undefined) ?? ''
}

/** Documents in ordinal order as columns. */
export function packDocs(list: readonly SearchDoc[]): StoredDocs {
  const text = Object.fromEntries(TEXT_COLUMNS.map((name) => [name, column(list.map((d) => textOf(d, name)))])) as Record<TextColumn, StoredColumn>
  return {
    format: 'docs-1',
    kind: Uint8Array.from(list, (d) => KINDS.indexOf(d.kind)),
    text,
    start: Int32Array.from(list, (d) => d.start ?? NONE),
    end: Int32Array.from(list, (d) => d.end ?? NONE),
    paragraph: Int32Array.from(list, (d) => d.paragraph ?? NONE),
    flags: Uint8Array.from(list, (d) => (d.heading ? HEADING : 0) | (d.origin === 'user' ? USERS : 0))
  }
}

const EMPTY: readonly string[] = Object.freeze([])

/**
 * An index's documents by ordinal (the order of its refs). A stored table makes each document
 * object the first time it is asked for: loading 100,000 passages makes none, and a query makes
 * those it matched.
 */
export class DocTable {
  private readonly made: (SearchDoc | undefined)[]
  private byRef: Map<string, number> | null = null

  constructor(
    readonly refs: readonly string[],
    private readonly make: (d: number) => SearchDoc,
    /** What a document is about (`kind:id`), read without making it. */
    readonly unitAt: (d: number) => string,
    made: (SearchDoc | undefined)[] = []
  ) {
    this.made = made
  }

  static of(docs: readonly SearchDoc[]): DocTable {
    const list = [...docs]
    return new DocTable(
      list.map((d) => d.ref),
      (d) => list[d]!,
      (d) => unitOf(list[d]!),
      list
    )
  }

  get size(): number {
    return this.refs.length
  }

  at(d: number): SearchDoc {
    return (this.made[d] ??= this.make(d))
  }

  ordinalOf(ref: string): number | undefined {
    this.byRef ??= new Map(this.refs.map((r, d) => [r, d]))
    return this.byRef.get(ref)
  }

  get(ref: string): SearchDoc | undefined {
    const d = this.ordinalOf(ref)
    return d === undefined ? undefined : this.at(d)
  }

  has(ref: string): boolean {
    return this.ordinalOf(ref) !== undefined
  }

  *values(): IterableIterator<SearchDoc> {
    for (let d = 0; d < this.refs.length; d++) yield this.at(d)
  }
}

/** The source or record a document comes from: a passage's source, a record itself. */
export const unitOf = (doc: Pick<SearchDoc, 'kind' | 'id'>): string => `${doc.kind === 'passage' ? 'source' : doc.kind}:${doc.id}`

/** The documents back as a table that makes each the first time it is asked for. */
export function unpackDocs(stored: StoredDocs, refs: readonly string[]): DocTable {
  if (stored?.format !== 'docs-1') throw new Error('The stored search documents have an older format.')
  const { text } = stored
  // One array per distinct facet value list, shared by every document that has it; never changed.
  const lists = (name: TextColumn): readonly string[][] => text[name].values.map((v) => (v ? v.split(LIST_SEPARATOR) : (EMPTY as string[])))
  const [years, themes, partners, meetings] = [lists('years'), lists('themes'), lists('partners'), lists('meetings')]
  const value = (name: TextColumn, d: number): string => text[name].values[text[name].at[d]!]!
  const make = (d: number): SearchDoc => {
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
    // (A column later builds added: an index stored before it has none.)
    const language = text.language ? value('language', d) : ''
    if (language) doc.language = language
    if (stored.flags[d]! & HEADING) doc.heading = true
    if (stored.flags[d]! & USERS) doc.origin = 'user'
    return doc
  }
  return new DocTable(refs, make, (d) => unitOf({ kind: KINDS[stored.kind[d]!]!, id: value('id', d) }))
}

/**
 * The search side that owns the indexes. Runs in the search worker, or on the main thread if the
 * worker cannot start.
 *
 * The large index is a set of immutable segments, as search engines keep theirs (Lucene's are the
 * model): the base (the dataset and the sources and records there were when it was built), then
 * one small segment per batch of changes since (an import, a record added or edited, a source
 * edited or deleted). A newer segment's version of a source or record hides the older ones, and
 * a deletion is a mark with no documents. An import builds only its own segment, from the
 * documents that changed, so a new document is searchable in about a second whatever the size
 * of the library; scores do not depend on the segment a document sits in (`score.ts`). Past
 * `MAX_SEGMENTS` the small segments are merged into one when the user is idle, reading their
 * texts a batch at a time; queries answer from the segments there are until the merged one
 * replaces its parts, in one transaction. When the segments outgrow a share of the base,
 * everything is built again as one base, a batch of sources at a time. A new dataset version
 * rebuilds everything.
 *
 * The index holds no passage's or record's text: a passage is a span of its source, a record's
 * text is made from the record, and a query reads those of the hits it shows (`DatabaseTexts`).
 * Memory holds the postings, not the library.
 *
 * The notes and highlights take each change into a small delta index at once and are rebuilt
 * whole when the user pauses (`NotesIndex`).
 *
 * Stored indexes are a cache. A rebuilt base replaces the stale copy, which is deleted first so
 * the two never need room together; if storing fails (a full disk), search goes on from memory,
 * the user is told once in words, and the next start builds what is missing again. A crash
 * between building a segment and storing it loses nothing: the next start compares what the
 * stored segments hold with the database and builds only the difference.
 */
import { datasetDocuments, passageDocuments } from '@shared/search/documents'
import { NotesIndex } from '@shared/search/notesIndex'
import { ENGINE_VERSION, IndexBuilder, buildIndex, loadIndex, searchStored, serializeIndex, type SearchFilters, type SearchIndex } from '@shared/search/engine'
import type { Annotation } from '@shared/model/annotation'
import { storedStringBytes } from '@shared/import/storageEstimate'
import { describeStorageError } from '@shared/storageErrors'
import { SEARCH_INDEX_CONTENT_KEY, db, isUsers, reopenIfClosed, type DeskDatabase, type StoredSource } from '../db/db'
import { unitOf } from '@shared/search/storedDocs'
import type { SearchRequest, SearchResponse } from './search.protocol'
import { DatabaseTexts } from './databaseTexts'

const LARGE = 'dataset'
/** Segments of changes are stored as `changes:<sequence>`, beside the base. */
const SEGMENT = 'changes:'
/** Enough for every group on the results screen to offer "Show all". */
const RESULT_LIMIT = 300
/** Fold the notes delta back into one index after this long without a change. */
const NOTES_REBUILD_AFTER_MS = 3000
/** Segments of changes are merged into one when there are more than this many. */
const MAX_SEGMENTS = 4
/** Everything is built again as one base when the segments hold more documents than this share of it, or this many. */
const CHANGES_SHARE = 0.5
const CHANGES_FLOOR = 5000
/** Sources read at a time when the index is built: the texts of a batch are let go before the next is read. */
const SOURCES_PER_BATCH = 100
/** Documents whose texts are read at a time when segments are merged. */
const DOCS_PER_MERGE_BATCH = 500
/** Segments are merged once the user has left search and imports alone this long. */
const MERGE_AFTER_IDLE_MS = 2000

/** What the whole large index depends on: the engine and the dataset. A change here rebuilds it all. */
export async function contentVersion(database: DeskDatabase): Promise<string> {
  const dataset = (await database.meta.get('datasetVersion'))?.value
  // The same version with other content (a file changed, the version not raised) is another dataset.
  const datasetContent = (await database.meta.get('datasetContentHash'))?.value
  return `engine-${ENGINE_VERSION}:dataset-${String(dataset)}-${String(datasetContent).slice(0, 16)}`
}

/**
 * Every source and every record the user made, with the version of it there is now (`updated`),
 * read from keys and small records only: never a source's text.
 */
export async function currentUnits(database: DeskDatabase): Promise<Map<string, string>> {
  const [ids, stamped, stamps, initiatives, meetings, parties] = await Promise.all([
    database.sources.toCollection().primaryKeys(),
    database.sources.orderBy('updated').primaryKeys(),
    database.sources.orderBy('updated').keys(),
    database.initiatives.filter(isUsers).toArray(),
    database.meetings.filter(isUsers).toArray(),
    database.parties.filter(isUsers).toArray()
  ])
  const units = new Map<string, string>(ids.map((id) => [`source:${id}`, 'as shipped']))
  stamped.forEach((id, i) => units.set(`source:${id}`, String(stamps[i])))
  for (const [kind, list] of [['initiative', initiatives], ['meeting', meetings], ['party', parties]] as const) {
    for (const r of list) units.set(`${kind}:${r.id}`, r.updated ?? 'made')
  }
  return units
}

const sequenceOf = (key: string): number => Number(key.slice(SEGMENT.length)) || 0

/** A segment that only marks removals holds no documents. */
const EMPTY_INDEX_BUILT = buildIndex([])

/** The index could not be loaded or built: in words, with what still works. */
const unavailable = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not prepare its index', kept: 'your data is safe', advice: 'Free some disk space; search tries again at the next query.' })

const notesNotRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not read your latest notes', kept: 'it answers from the notes it had', advice: 'Free some disk space; it tries again at the next search.' })

const notRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not take in the latest changes', kept: 'it answers from the index it had', advice: 'Free some disk space; it tries again at the next change.' })

interface Segment {
  key: string
  index: SearchIndex | null
  /** Unit → the version it holds, `''` for a unit removed. */
  units: Map<string, string>
}

export class SearchService {
  /** The base segment of the large index, and the segments of changes since, oldest first. */
  private large: SearchIndex | null = null
  private segments: Segment[] = []
  /** What the base holds (unit → version). */
  private baseUnits = new Map<string, string>()
  private baseBuilt = ''
  private datasetKey = ''
  private sequence = 0
  private readonly notesIndex = new NotesIndex()
  private rebuildTimer: ReturnType<typeof setTimeout> | null = null
  private ready: Promise<void> | null = null
  private notes: Promise<void> = Promise.resolve()
  /** The user was told the index could not be stored: once per session is enough. */
  private warned = false
  /** Queries that arrive before `init` wait here: the dataset may still be loading. */
  private started!: () => void
  private readonly initRequested = new Promise<void>((resolve) => (this.started = resolve))
  private readonly texts: DatabaseTexts
  private mergeTimer: ReturnType<typeof setTimeout> | null = null
  private merging: Promise<void> = Promise.resolve()

  constructor(
    private readonly post: (message: SearchResponse) => void,
    private readonly database: DeskDatabase = db,
    private readonly mergeAfterIdleMs = MERGE_AFTER_IDLE_MS
  ) {
    this.texts = new DatabaseTexts(database)
  }

  /** Resolves once no merge is waiting or running (for tests and a clean close). */
  async idleWork(): Promise<void> {
    while (this.mergeTimer) await new Promise((resolve) => setTimeout(resolve, Math.max(10, this.mergeAfterIdleMs)))
    await this.merging
  }

  handle(request: SearchRequest): void {
    if (request.type === 'init') void this.init()
    else if (request.type === 'refreshNotes') this.notes = this.notes.then(() => this.refreshNotesOrSay(false))
    else if (request.type === 'refreshSources') void this.refreshSources()
    else void this.query(request.id, request.text, request.filters)
  }

  /** The large index's segments as the engine searches them. */
  private get largeIndexes(): SearchIndex[] {
    return [this.large, ...this.segments.map((x) => x.index)].filter((x): x is SearchIndex => x !== null)
  }

  /** Documents searchable now: every segment less what is hidden, and the notes. */
  private get size(): number {
    return this.largeIndexes.reduce((n, ix) => n + ix.docs.size - (ix.hidden?.size ?? 0), 0) + this.notesIndex.size
  }

  private init(): Promise<void> {
    this.started()
    this.ready ??= this.loadOrBuild().catch((error: unknown) => {
      this.ready = null
      this.post({ type: 'status', state: 'error', message: unavailable(error) })
    })
    return this.ready
  }

  /** Takes in sources and records changed since; queries keep using the segments there are meanwhile. */
  private refreshSources(): Promise<void> {
    const previous = this.ready ?? Promise.resolve()
    this.ready = previous.then(() => this.loadOrBuild()).catch((error: unknown) => {
      // Queries still have the index built before: say what is missing, not that search failed.
      if (this.large) this.post({ type: 'status', state: 'ready', docs: this.size, warning: notRefreshed(error) })
      else this.post({ type: 'status', state: 'error', message: unavailable(error) })
    })
    return this.ready
  }

  private async loadOrBuild(): Promise<void> {
    const started = performance.now()
    // Dexie stays closed after a reopen that failed (a full disk): ask again rather than wait for a restart.
    await reopenIfClosed(this.database)
    // A source may have been edited or removed: its text is read again.
    this.texts.forget()
    const version = await contentVersion(this.database)
    const units = await currentUnits(this.database)
    let warning: string | null | undefined
    let fromCache = true
    if (!this.large || this.datasetKey !== version) {
      this.post({ type: 'status', state: 'loading' })
      const stored = await this.database.searchIndexes.get(LARGE)
      if (stored?.contentVersion === version && stored.units) {
        this.useBase(loadIndex(stored.data, this.texts), new Map(Object.entries(stored.units)), version, stored.built)
        const rows = await this.database.searchIndexes.where('key').startsWith(SEGMENT).toArray()
        const mine = rows.filter((r) => r.contentVersion === `${version}@${stored.built}` && r.units).sort((a, b) => sequenceOf(a.key) - sequenceOf(b.key))
        this.segments = mine.map((r) => ({ key: r.key, index: r.data.index.refs.length ? loadIndex(r.data, this.texts) : null, units: new Map(Object.entries(r.units!)) }))
        this.sequence = Math.max(0, ...mine.map((r) => sequenceOf(r.key)))
        this.hideOlderVersions()
      } else {
        fromCache = false
        warning = await this.rebuild(version, units, started, stored !== undefined)
      }
    }
    // What changed since the segments were built (an import, a record edited, a crash before a
    // segment was stored): only that is built, into a segment of its own.
    const { changed, removed } = this.difference(units)
    if (changed.length || removed.length) {
      const base = this.large
      const outcome = await this.takeChanges(changed, removed, units, version, started)
      if (outcome !== undefined) warning = outcome
      // The changes outgrew their segments: the base was built again.
      if (this.large !== base) fromCache = false
    }
    await this.refreshNotes(true)
    this.post({
      type: 'status',
      state: 'ready',
      docs: this.size,
      loadedFromCache: fromCache,
      ms: Math.round(performance.now() - started),
      ...(warning !== undefined ? { warning } : {})
    })
  }

  private useBase(base: SearchIndex, units: Map<string, string>, version: string, built: string): void {
    this.large = base
    this.baseUnits = units
    this.datasetKey = version
    this.baseBuilt = built
    this.segments = []
    this.hideOlderVersions()
  }

  /** In each segment and the base, the documents of a unit a newer segment holds (or removed) are hidden. */
  private hideOlderVersions(): void {
    const newer = new Set<string>()
    const holders = [...this.segments].reverse().map((x) => x.index)
    const hide = (index: SearchIndex | null): void => {
      if (!index) return
      const hidden = new Set<string>()
      // By each document's unit, read from the table: no document object is made for it.
      if (newer.size) for (let d = 0; d < index.docs.size; d++) if (newer.has(index.docs.unitAt(d))) hidden.add(index.docs.refs[d]!)
      index.hidden = hidden
    }
    ;[...this.segments].reverse().forEach((segment, i) => {
      hide(holders[i]!)
      for (const unit of segment.units.keys()) newer.add(unit)
    })
    hide(this.large)
  }

  /** The version of a unit the segments hold now (newest first), undefined when none or removed. */
  private held(unit: string): string | undefined {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const v = this.segments[i]!.units.get(unit)
      if (v !== undefined) return v || undefined
    }
    return this.baseUnits.get(unit)
  }

  /** Units whose version differs from the one the segments hold, and units gone since. */
  private difference(units: ReadonlyMap<string, string>): { changed: string[]; removed: string[] } {
    const changed = [...units].filter(([unit, v]) => this.held(unit) !== v).map(([unit]) => unit)
    const known = new Set([...this.baseUnits.keys(), ...this.segments.flatMap((x) => [...x.units.keys()])])
    const removed = [...known].filter((unit) => !units.has(unit) && this.held(unit) !== undefined)
    return { changed, removed }
  }

  /**
   * The base built again from everything, stored in place of the stale one. Sources are read a
   * batch at a time, never every text at once: the builder keeps counts, not texts.
   */
  private async rebuild(version: string, units: Map<string, string>, started: number, stale: boolean): Promise<string | null | undefined> {
    this.post({ type: 'status', state: 'building' })
    const d = this.database
    const [meetings, initiatives, parties, ids] = await Promise.all([d.meetings.toArray(), d.initiatives.toArray(), d.parties.toArray(), d.sources.toCollection().primaryKeys()])
    const builder = new IndexBuilder(this.texts).add(datasetDocuments({ meetings, initiatives, parties, sources: [] }))
    let textBytes = 0
    for (let i = 0; i < ids.length; i += SOURCES_PER_BATCH) {
      for (const source of await d.sources.bulkGet(ids.slice(i, i + SOURCES_PER_BATCH))) {
        if (!source) continue
        builder.add(passageDocuments(source))
        textBytes += storedStringBytes(source.text)
      }
    }
    this.useBase(builder.finish(), units, version, new Date().toISOString())
    return this.store(version, textBytes, Math.round(performance.now() - started), stale)
  }

  /**
   * A new segment from the units changed now (reading only their texts), stored; the small
   * segments merged once there are too many; everything built again once they outgrow their
   * share of the base. Returns the words to show, as `store` does.
   */
  private async takeChanges(changed: readonly string[], removed: readonly string[], units: ReadonlyMap<string, string>, version: string, started: number): Promise<string | null | undefined> {
    const d = this.database
    const ids = (kind: string): string[] => changed.filter((u) => u.startsWith(`${kind}:`)).map((u) => u.slice(kind.length + 1))
    const [sources, initiatives, meetings, parties] = await Promise.all([
      d.sources.bulkGet(ids('source')),
      d.initiatives.bulkGet(ids('initiative')),
      d.meetings.bulkGet(ids('meeting')),
      d.parties.toArray()
    ])
    const wanted = new Set(changed)
    const fresh = datasetDocuments({
      sources: sources.filter((x): x is StoredSource => !!x),
      initiatives: initiatives.filter((x) => !!x),
      meetings: meetings.filter((x) => !!x),
      parties
    }).filter((doc) => wanted.has(unitOf(doc)))
    const segmentUnits = new Map<string, string>()
    for (const unit of changed) segmentUnits.set(unit, units.get(unit)!)
    for (const unit of removed) segmentUnits.set(unit, '')
    const live = this.segments.reduce((n, x) => n + (x.index?.docs.size ?? 0), 0) + fresh.length
    if (live > Math.max(CHANGES_FLOOR, CHANGES_SHARE * (this.large?.docs.size ?? 0))) return this.rebuild(version, new Map(units), started, true)
    this.segments.push({ key: `${SEGMENT}${String(++this.sequence).padStart(6, '0')}`, index: fresh.length ? buildIndex(fresh, this.texts) : null, units: segmentUnits })
    this.hideOlderVersions()
    this.mergeWhenIdle()
    return this.storeSegments(version, [])
  }

  /** (Re)starts the wait for a pause before merging: a merge never competes with the user's typing or an import. */
  private mergeWhenIdle(): void {
    if (this.mergeTimer) clearTimeout(this.mergeTimer)
    this.mergeTimer = null
    if (this.segments.length <= MAX_SEGMENTS) return
    this.mergeTimer = setTimeout(() => {
      this.mergeTimer = null
      // After any refresh under way; queries do not wait for the merge.
      const after = this.ready ?? Promise.resolve()
      this.merging = this.merging.then(() => after).then(() => this.mergeSegments())
    }, this.mergeAfterIdleMs)
  }

  /**
   * The segments of changes folded into one, from the documents they hold that are not hidden,
   * their texts read a batch at a time; it replaces its parts in memory and in storage (one
   * transaction) only if nothing changed them meanwhile. Queries use the parts until then.
   */
  private async mergeSegments(): Promise<void> {
    if (this.segments.length <= MAX_SEGMENTS) return
    this.hideOlderVersions()
    const [parts, base, version] = [[...this.segments], this.large, this.datasetKey]
    const docs = parts.flatMap((x) => [...(x.index?.docs.values() ?? [])].filter((doc) => !x.index!.hidden?.has(doc.ref)))
    const builder = new IndexBuilder(this.texts)
    try {
      await builder.addStored(docs, DOCS_PER_MERGE_BATCH)
    } catch (error) {
      // The parts stay as they are, and searchable; the next change tries again.
      this.post({ type: 'status', state: 'ready', docs: this.size, warning: notRefreshed(error) })
      return
    }
    if (this.large !== base || this.datasetKey !== version || parts.some((x, i) => this.segments[i] !== x)) return
    const units = new Map<string, string>()
    for (const x of parts) for (const [unit, v] of x.units) units.set(unit, v)
    // A removal the base never held needs no mark once merged.
    for (const [unit, v] of units) if (v === '' && !this.baseUnits.has(unit)) units.delete(unit)
    const merged: Segment = { key: `${SEGMENT}${String(++this.sequence).padStart(6, '0')}`, index: docs.length ? builder.finish() : null, units }
    this.segments = [merged, ...this.segments.slice(parts.length)]
    this.hideOlderVersions()
    const said = await this.putSegments(version, [merged], parts.map((x) => x.key), this.warned ? null : undefined)
    if (said) this.post({ type: 'status', state: 'ready', docs: this.size, warning: said })
  }

  /** Stores the newest segment (or the merged one in place of its parts, in one transaction). */
  private async storeSegments(version: string, replaced: readonly string[]): Promise<string | null | undefined> {
    const d = this.database
    const base = await d.searchIndexes.get(LARGE)
    // The base could not be stored before (a full disk): store it now that there may be room, with every segment.
    if (!base || base.contentVersion !== version || base.built !== this.baseBuilt) {
      const said = await this.store(version, null, 1000, base !== undefined)
      if (said !== undefined && said !== null) return said
      return this.putSegments(version, this.segments, [], said)
    }
    return this.putSegments(version, this.segments.slice(-1), replaced, this.warned ? null : undefined)
  }

  private async putSegments(version: string, segments: readonly Segment[], replaced: readonly string[], said: string | null | undefined): Promise<string | null | undefined> {
    const d = this.database
    try {
      await d.transaction('rw', d.searchIndexes, async () => {
        if (replaced.length) await d.searchIndexes.bulkDelete([...replaced])
        for (const segment of segments) {
          await d.searchIndexes.put({
            key: segment.key,
            contentVersion: `${version}@${this.baseBuilt}`,
            data: serializeIndex(segment.index ?? EMPTY_INDEX_BUILT),
            built: new Date().toISOString(),
            units: Object.fromEntries(segment.units)
          })
        }
      })
      return said
    } catch (error) {
      return this.failedToStore(error, 1000)
    }
  }

  /**
   * Stores the built index in place of the stale one, with its content figures for the import's
   * estimate. A failure is not the search's: it answers from memory. Returns the words to show
   * (the first failure in this session only), null once stored, undefined when nothing is to say.
   */
  private async store(version: string, textBytes: number | null, buildMs: number, stale: boolean): Promise<string | null | undefined> {
    const d = this.database
    let passages = 0
    for (let ordinal = 0; ordinal < this.large!.docs.size; ordinal++) if (this.large!.docs.unitAt(ordinal).startsWith('source:')) passages++
    // Without the texts at hand (a base stored late), the figures stored with it stay as they were.
    const content = textBytes !== null ? { textBytes, passages } : null
    try {
      if (stale) await d.transaction('rw', d.searchIndexes, () => d.searchIndexes.where('key').equals(LARGE).or('key').startsWith(SEGMENT).delete())
      await d.transaction('rw', d.searchIndexes, d.meta, async () => {
        await d.searchIndexes.put({ key: LARGE, contentVersion: version, data: serializeIndex(this.large!), built: this.baseBuilt, units: Object.fromEntries(this.baseUnits) })
        if (content) await d.meta.put({ key: SEARCH_INDEX_CONTENT_KEY, value: content })
      })
      return this.warned ? null : undefined
    } catch (error) {
      return this.failedToStore(error, buildMs)
    }
  }

  private failedToStore(error: unknown, buildMs: number): string | undefined {
    if (this.warned) return undefined
    this.warned = true
    return describeStorageError(error, {
      happened: 'the search index could not be saved',
      kept: 'search works from memory',
      advice: `It is built again at each start (about ${Math.max(1, Math.round(buildMs / 1000))} s) until there is room; free some disk space.`
    })
  }

  /** Notes changes missed because a read failed: taken in at the next query or change. */
  private notesBehind = false

  /**
   * `refreshNotes`, never rejecting: `this.notes` is a chain every query waits on, and one failed
   * read (a full disk closes the database) must not fail every later search. Queries go on with the
   * notes index as it was, the user is told once, and the next query or change tries again.
   */
  private refreshNotesOrSay(whole: boolean): Promise<void> {
    return this.refreshNotes(whole).then(
      () => {
        this.notesBehind = false
      },
      (error: unknown) => {
        this.notesBehind = true
        if (this.large) this.post({ type: 'status', state: 'ready', docs: this.size, warning: notesNotRefreshed(error) })
      }
    )
  }

  private async refreshNotes(whole: boolean): Promise<void> {
    const started = performance.now()
    await reopenIfClosed(this.database)
    const annotations = await this.database.annotations.toArray()
    // A whole rebuild also looks titles up again: a record's title may have been edited.
    if (whole) this.titlesKnown.clear()
    const titles = await this.titles(annotations)
    const titleOf = (a: Annotation): string => titles.get(`${a.targetType}:${a.targetId}`) ?? a.targetId
    if (whole || !this.notesIndex.built) this.notesIndex.rebuild(annotations, titleOf)
    else {
      this.notesIndex.update(annotations, titleOf)
      this.scheduleRebuild()
    }
    this.post({ type: 'notesReady', docs: this.notesIndex.size, ms: Math.round(performance.now() - started) })
  }

  private scheduleRebuild(): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer)
    if (!this.notesIndex.pending) return
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = null
      this.notes = this.notes.then(() => this.refreshNotesOrSay(true))
    }, NOTES_REBUILD_AFTER_MS)
  }

  /** Titles of the records annotations point at, looked up once each. */
  private readonly titlesKnown = new Map<string, string>()

  private async titles(annotations: Annotation[]): Promise<Map<string, string>> {
    const out = this.titlesKnown
    const d = this.database
    const tables = { initiative: d.initiatives, meeting: d.meetings, party: d.parties, source: d.sources } as const
    for (const a of annotations) {
      const key = `${a.targetType}:${a.targetId}`
      if (out.has(key)) continue
      const record = (await tables[a.targetType].get(a.targetId)) as { name?: string; title?: string } | undefined
      out.set(key, record?.name ?? record?.title ?? a.targetId)
    }
    return out
  }

  private async query(id: number, text: string, filters: SearchFilters): Promise<void> {
    await this.initRequested
    await this.init()
    if (this.notesBehind) this.notes = this.notes.then(() => this.refreshNotesOrSay(true))
    await this.notes
    const indexes = [...this.largeIndexes, ...this.notesIndex.indexes]
    // The user is searching: a waiting merge waits longer.
    if (this.mergeTimer) this.mergeWhenIdle()
    try {
      // The app searches as the user types: the last word may be unfinished.
      this.post({ type: 'result', id, outcome: await searchStored(indexes, text, filters, RESULT_LIMIT, { typing: true }) })
    } catch (error) {
      // The engine is written not to throw on any input; if it does, the user gets a message, not a hang.
      this.post({ type: 'result', id, outcome: { hits: [], total: 0, correctedTo: null, message: `Search failed: ${error instanceof Error ? error.message : String(error)}` } })
    }
  }
}

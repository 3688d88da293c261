/**
 * The search side that owns the indexes. Runs in the search worker, or on the main thread if the
 * worker cannot start.
 *
 * The large index is two segments, as search engines keep theirs: the base (the dataset and the
 * sources and records there were when it was built), and a small segment of what was imported,
 * added, edited or removed since, whose older versions in the base are hidden. An import builds
 * only the small segment from the documents that changed, so a new document is searchable in
 * about a second whatever the size of the library; scores do not depend on the segment a
 * document sits in (`score.ts`). When the small segment grows past a share of the base, the two
 * are built again as one. A new dataset version rebuilds everything.
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
import { datasetDocuments } from '@shared/search/documents'
import { NotesIndex } from '@shared/search/notesIndex'
import { ENGINE_VERSION, buildIndex, loadIndex, search, serializeIndex, type SearchFilters, type SearchIndex } from '@shared/search/engine'
import type { Annotation } from '@shared/model/annotation'
import { storedStringBytes } from '@shared/import/storageEstimate'
import { describeStorageError } from '@shared/storageErrors'
import { SEARCH_INDEX_CONTENT_KEY, db, isUsers, reopenIfClosed, type DeskDatabase, type StoredSource } from '../db/db'
import type { SearchDoc } from '@shared/search/documents'
import type { SearchRequest, SearchResponse } from './search.protocol'

const LARGE = 'dataset'
const CHANGES = 'dataset-changes'
/** Enough for every group on the results screen to offer "Show all". */
const RESULT_LIMIT = 300
/** Fold the notes delta back into one index after this long without a change. */
const NOTES_REBUILD_AFTER_MS = 3000
/** The segment of changes is folded into the base when it holds more documents than this share of it, or this many. */
const CHANGES_SHARE = 0.25
const CHANGES_FLOOR = 2000

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

/** The source or record a document of the large index comes from. */
const unitOf = (doc: SearchDoc): string => `${doc.kind === 'passage' ? 'source' : doc.kind}:${doc.id}`

/** The index could not be loaded or built: in words, with what still works. */
const unavailable = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not prepare its index', kept: 'your data is safe', advice: 'Free some disk space; search tries again at the next query.' })

const notesNotRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not read your latest notes', kept: 'it answers from the notes it had', advice: 'Free some disk space; it tries again at the next search.' })

const notRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not take in the latest changes', kept: 'it answers from the index it had', advice: 'Free some disk space; it tries again at the next change.' })

export class SearchService {
  /** The base segment of the large index, and the segment of changes since it was built. */
  private large: SearchIndex | null = null
  private changes: SearchIndex | null = null
  /** What the base holds (unit → version), what the changes segment holds or removed (`''`). */
  private baseUnits = new Map<string, string>()
  private changedUnits = new Map<string, string>()
  /** The base's document refs by unit, to hide a unit's old version. */
  private baseRefs = new Map<string, string[]>()
  private datasetKey = ''
  private readonly notesIndex = new NotesIndex()
  private rebuildTimer: ReturnType<typeof setTimeout> | null = null
  private ready: Promise<void> | null = null
  private notes: Promise<void> = Promise.resolve()
  /** The user was told the index could not be stored: once per session is enough. */
  private warned = false
  /** Queries that arrive before `init` wait here: the dataset may still be loading. */
  private started!: () => void
  private readonly initRequested = new Promise<void>((resolve) => (this.started = resolve))

  constructor(
    private readonly post: (message: SearchResponse) => void,
    private readonly database: DeskDatabase = db
  ) {}

  handle(request: SearchRequest): void {
    if (request.type === 'init') void this.init()
    else if (request.type === 'refreshNotes') this.notes = this.notes.then(() => this.refreshNotesOrSay(false))
    else if (request.type === 'refreshSources') void this.refreshSources()
    else void this.query(request.id, request.text, request.filters)
  }

  /** Documents searchable now: the base less what is hidden, the changes, the notes. */
  private get size(): number {
    return (this.large ? this.large.docs.size - (this.large.hidden?.size ?? 0) : 0) + (this.changes?.docs.size ?? 0) + this.notesIndex.size
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
    const version = await contentVersion(this.database)
    const units = await currentUnits(this.database)
    let warning: string | null | undefined
    let fromCache = true
    if (!this.large || this.datasetKey !== version) {
      this.post({ type: 'status', state: 'loading' })
      const stored = await this.database.searchIndexes.get(LARGE)
      if (stored?.contentVersion === version && stored.units) {
        this.useBase(loadIndex(stored.data), new Map(Object.entries(stored.units)), version)
        const changes = await this.database.searchIndexes.get(CHANGES)
        if (changes?.contentVersion === `${version}@${stored.built}` && changes.units) {
          this.useChanges(changes.data.docs.length ? loadIndex(changes.data) : null, new Map(Object.entries(changes.units)))
        }
      } else {
        fromCache = false
        warning = await this.rebuild(version, started, stored !== undefined)
      }
    }
    // What changed since the segments were built (an import, a record edited, a crash before a
    // segment was stored): only that is built, into the segment of changes.
    const { changed, removed } = this.difference(units)
    if (changed.length || removed.length) {
      const base = this.large
      const outcome = await this.takeChanges(changed, removed, units, version, started)
      if (outcome !== undefined) warning = outcome
      // The changes outgrew their segment: the base was built again.
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

  private useBase(base: SearchIndex, units: Map<string, string>, version: string): void {
    this.large = base
    this.baseUnits = units
    this.datasetKey = version
    this.baseRefs = new Map()
    for (const doc of base.docs.values()) {
      const unit = unitOf(doc)
      const refs = this.baseRefs.get(unit)
      if (refs) refs.push(doc.ref)
      else this.baseRefs.set(unit, [doc.ref])
    }
    this.useChanges(null, new Map())
  }

  /** The segment of changes, and the base's old versions of what it changed hidden. */
  private useChanges(changes: SearchIndex | null, units: Map<string, string>): void {
    this.changes = changes
    this.changedUnits = units
    const hidden = new Set<string>()
    for (const unit of units.keys()) for (const ref of this.baseRefs.get(unit) ?? []) hidden.add(ref)
    if (this.large) this.large.hidden = hidden
  }

  /** Units whose version differs from the one the segments hold, and units gone since. */
  private difference(units: ReadonlyMap<string, string>): { changed: string[]; removed: string[] } {
    const held = (unit: string): string | undefined => (this.changedUnits.has(unit) ? this.changedUnits.get(unit) || undefined : this.baseUnits.get(unit))
    const changed = [...units].filter(([unit, v]) => held(unit) !== v).map(([unit]) => unit)
    const removed = [...new Set([...this.baseUnits.keys(), ...this.changedUnits.keys()])].filter((unit) => !units.has(unit) && held(unit) !== undefined)
    return { changed, removed }
  }

  /** The base built again from everything, stored in place of the stale one. */
  private async rebuild(version: string, started: number, stale: boolean): Promise<string | null | undefined> {
    this.post({ type: 'status', state: 'building' })
    const d = this.database
    const units = await currentUnits(d)
    const [meetings, initiatives, parties, sources] = await Promise.all([d.meetings.toArray(), d.initiatives.toArray(), d.parties.toArray(), d.sources.toArray()])
    this.useBase(buildIndex(datasetDocuments({ meetings, initiatives, parties, sources })), units, version)
    return this.store(version, sources, Math.round(performance.now() - started), stale)
  }

  /**
   * Builds the segment of changes again from what it held and the units changed now (reading
   * only their texts), and stores it. Folds everything into a new base once the segment grows
   * past its share. Returns the words to show, as `store` does.
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
    const gone = new Set([...changed, ...removed])
    const kept = [...(this.changes?.docs.values() ?? [])].filter((doc) => !gone.has(unitOf(doc)))
    const docs = [...kept, ...fresh]
    if (docs.length > Math.max(CHANGES_FLOOR, CHANGES_SHARE * (this.large?.docs.size ?? 0))) return this.rebuild(version, started, true)
    const next = new Map(this.changedUnits)
    for (const unit of changed) next.set(unit, units.get(unit)!)
    for (const unit of removed) next.set(unit, '')
    // A unit removed that the base never held needs no mark.
    for (const unit of removed) if (!this.baseUnits.has(unit)) next.delete(unit)
    this.useChanges(docs.length ? buildIndex(docs) : null, next)
    return this.storeChanges(version)
  }

  private async storeChanges(version: string): Promise<string | null | undefined> {
    const d = this.database
    let base = await d.searchIndexes.get(LARGE)
    // The base could not be stored before (a full disk): store it now that there may be room.
    if (!base || base.contentVersion !== version) {
      const said = await this.store(version, null, 1000, base !== undefined)
      base = await d.searchIndexes.get(LARGE)
      if (!base) return said
    }
    try {
      await d.searchIndexes.put({
        key: CHANGES,
        contentVersion: `${version}@${base.built}`,
        data: this.changes ? serializeIndex(this.changes) : { index: buildIndex([]).index, docs: [] },
        built: new Date().toISOString(),
        units: Object.fromEntries(this.changedUnits)
      })
      return this.warned ? null : undefined
    } catch (error) {
      return this.failedToStore(error, 1000)
    }
  }

  /**
   * Stores the built index in place of the stale one, with its content figures for the import's
   * estimate. A failure is not the search's: it answers from memory. Returns the words to show
   * (the first failure in this session only), null once stored, undefined when nothing is to say.
   */
  private async store(version: string, sources: readonly StoredSource[] | null, buildMs: number, stale: boolean): Promise<string | null | undefined> {
    const d = this.database
    let passages = 0
    for (const doc of this.large!.docs.values()) if (doc.kind === 'passage') passages++
    // Without the texts at hand (a base stored late), the figures stored with it stay as they were.
    const content = sources ? { textBytes: sources.reduce((n, s) => n + storedStringBytes(s.text), 0), passages } : null
    try {
      if (stale) await d.transaction('rw', d.searchIndexes, () => d.searchIndexes.bulkDelete([LARGE, CHANGES]))
      await d.transaction('rw', d.searchIndexes, d.meta, async () => {
        await d.searchIndexes.put({ key: LARGE, contentVersion: version, data: serializeIndex(this.large!), built: new Date().toISOString(), units: Object.fromEntries(this.baseUnits) })
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
    const indexes = [this.large, this.changes, ...this.notesIndex.indexes].filter((x): x is SearchIndex => x !== null)
    try {
      // The app searches as the user types: the last word may be unfinished.
      this.post({ type: 'result', id, outcome: search(indexes, text, filters, RESULT_LIMIT, { typing: true }) })
    } catch (error) {
      // The engine is written not to throw on any input; if it does, the user gets a message, not a hang.
      this.post({ type: 'result', id, outcome: { hits: [], total: 0, correctedTo: null, message: `Search failed: ${error instanceof Error ? error.message : String(error)}` } })
    }
  }
}

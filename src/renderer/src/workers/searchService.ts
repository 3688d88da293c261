/**
 * The search side that owns the indexes: the large one (dataset, later imported sources) is
 * loaded from IndexedDB when its content version matches and rebuilt otherwise; the notes and
 * highlights take each change into a small delta index at once and are rebuilt whole when the user
 * pauses (`NotesIndex`). Runs in the search worker, or on the main thread if the worker cannot start.
 *
 * The stored index is a cache. A rebuilt index replaces the stale copy, which is deleted first so
 * the two never need room together; if storing it fails (a full disk), search goes on from memory,
 * the user is told once in words, and the next start builds it again until there is room.
 */
import { datasetDocuments } from '@shared/search/documents'
import { NotesIndex } from '@shared/search/notesIndex'
import { contentHash } from '@shared/annotations/anchoring'
import { ENGINE_VERSION, buildIndex, loadIndex, search, serializeIndex, type SearchFilters, type SearchIndex } from '@shared/search/engine'
import type { Annotation } from '@shared/model/annotation'
import { storedStringBytes } from '@shared/import/storageEstimate'
import { describeStorageError } from '@shared/storageErrors'
import { SEARCH_INDEX_CONTENT_KEY, db, reopenIfClosed, userContentSignature, type DeskDatabase, type StoredSource } from '../db/db'
import type { SearchRequest, SearchResponse } from './search.protocol'

const LARGE = 'dataset'
/** Enough for every group on the results screen to offer "Show all". */
const RESULT_LIMIT = 300
/** Fold the notes delta back into one index after this long without a change. */
const NOTES_REBUILD_AFTER_MS = 3000

/** What the large index was built from: a change in any part means a rebuild. */
export async function contentVersion(database: DeskDatabase): Promise<string> {
  const dataset = (await database.meta.get('datasetVersion'))?.value
  // The same version with other content (a file changed, the version not raised) is another dataset.
  const datasetContent = (await database.meta.get('datasetContentHash'))?.value
  const sources = await database.sources.toCollection().primaryKeys()
  // Imported sources and records the user made change without a dataset version.
  const mine = await userContentSignature(database)
  return `engine-${ENGINE_VERSION}:dataset-${String(dataset)}-${String(datasetContent).slice(0, 16)}:sources-${sources.length}-${sources.join(',').length}:user-${contentHash(mine)}`
}

/** The index could not be loaded or built: in words, with what still works. */
const unavailable = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not prepare its index', kept: 'your data is safe', advice: 'Free some disk space; search tries again at the next query.' })

const notesNotRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not read your latest notes', kept: 'it answers from the notes it had', advice: 'Free some disk space; it tries again at the next search.' })

const notRefreshed = (error: unknown): string =>
  describeStorageError(error, { happened: 'search could not take in the latest changes', kept: 'it answers from the index it had', advice: 'Free some disk space; it tries again at the next change.' })

export class SearchService {
  private large: SearchIndex | null = null
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

  private init(): Promise<void> {
    this.started()
    this.ready ??= this.loadOrBuild().catch((error: unknown) => {
      this.ready = null
      this.post({ type: 'status', state: 'error', message: unavailable(error) })
    })
    return this.ready
  }

  /** Reloads the large index after sources changed; queries keep using the old one meanwhile. */
  private refreshSources(): Promise<void> {
    const previous = this.ready ?? Promise.resolve()
    this.ready = previous.then(() => this.loadOrBuild()).catch((error: unknown) => {
      // Queries still have the index built before: say what is missing, not that search failed.
      if (this.large) this.post({ type: 'status', state: 'ready', docs: this.large.docs.size + this.notesIndex.size, warning: notRefreshed(error) })
      else this.post({ type: 'status', state: 'error', message: unavailable(error) })
    })
    return this.ready
  }

  private async loadOrBuild(): Promise<void> {
    const started = performance.now()
    // Dexie stays closed after a reopen that failed (a full disk): ask again rather than wait for a restart.
    await reopenIfClosed(this.database)
    const version = await contentVersion(this.database)
    this.post({ type: 'status', state: 'loading' })
    const stored = await this.database.searchIndexes.get(LARGE)
    const fromCache = stored?.contentVersion === version
    let warning: string | null | undefined
    if (stored && fromCache) {
      this.large = loadIndex(stored.data)
    } else {
      this.post({ type: 'status', state: 'building' })
      const d = this.database
      const [meetings, initiatives, parties, sources] = await Promise.all([d.meetings.toArray(), d.initiatives.toArray(), d.parties.toArray(), d.sources.toArray()])
      this.large = buildIndex(datasetDocuments({ meetings, initiatives, parties, sources }))
      warning = await this.store(version, sources, Math.round(performance.now() - started), stored !== undefined)
    }
    await this.refreshNotes(true)
    this.post({
      type: 'status',
      state: 'ready',
      docs: this.large.docs.size + this.notesIndex.size,
      loadedFromCache: fromCache,
      ms: Math.round(performance.now() - started),
      ...(warning !== undefined ? { warning } : {})
    })
  }

  /**
   * Stores the built index in place of the stale one, with its content figures for the import's
   * estimate. A failure is not the search's: it answers from memory. Returns the words to show
   * (the first failure in this session only), null once stored, undefined when nothing is to say.
   */
  private async store(version: string, sources: readonly StoredSource[], buildMs: number, stale: boolean): Promise<string | null | undefined> {
    const d = this.database
    let passages = 0
    for (const doc of this.large!.docs.values()) if (doc.kind === 'passage') passages++
    const content = { textBytes: sources.reduce((n, s) => n + storedStringBytes(s.text), 0), passages }
    try {
      if (stale) await d.searchIndexes.delete(LARGE)
      await d.transaction('rw', d.searchIndexes, d.meta, async () => {
        await d.searchIndexes.put({ key: LARGE, contentVersion: version, data: serializeIndex(this.large!), built: new Date().toISOString() })
        await d.meta.put({ key: SEARCH_INDEX_CONTENT_KEY, value: content })
      })
      return this.warned ? null : undefined
    } catch (error) {
      if (this.warned) return undefined
      this.warned = true
      return describeStorageError(error, {
        happened: 'the search index could not be saved',
        kept: 'search works from memory',
        advice: `It is built again at each start (about ${Math.max(1, Math.round(buildMs / 1000))} s) until there is room; free some disk space.`
      })
    }
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
        if (this.large) this.post({ type: 'status', state: 'ready', docs: this.large.docs.size + this.notesIndex.size, warning: notesNotRefreshed(error) })
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
    const indexes = [this.large, ...this.notesIndex.indexes].filter((x): x is SearchIndex => x !== null)
    try {
      // The app searches as the user types: the last word may be unfinished.
      this.post({ type: 'result', id, outcome: search(indexes, text, filters, RESULT_LIMIT, { typing: true }) })
    } catch (error) {
      // The engine is written not to throw on any input; if it does, the user gets a message, not a hang.
      this.post({ type: 'result', id, outcome: { hits: [], total: 0, correctedTo: null, message: `Search failed: ${error instanceof Error ? error.message : String(error)}` } })
    }
  }
}

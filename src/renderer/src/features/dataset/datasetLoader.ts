/**
 * Puts the shipped dataset into IndexedDB. On first run, and whenever the app ships a dataset whose
 * version or content hash (`manifest.contentHash`, a hash of its files) differs from the stored
 * one, the dataset tables are replaced in one transaction; user tables are not touched, and the
 * records the user made are brought to today's shape. A dataset that fails validation is refused
 * with the exact problem and nothing is written.
 */
import { backupBeforeDatasetUpgrade } from '../backup/backupService'
import { DATASET_FILES, type Dataset, type Manifest } from '@shared/model/dataset'
import { parseDataset } from '@shared/model/parseDataset'
import { importedSourceSchema, userInitiativeSchema, userMeetingSchema } from '@shared/model/userRecords'
import type { z } from 'zod'
import { isUsers, storedMention, type DeskDatabase, type UserMark } from '../../db/db'
import { exclusively } from '../../db/locks'
import { relinkUserData } from './relinkUserData'

export type FetchText = (file: string) => Promise<string>

export class DatasetError extends Error {
  override name = 'DatasetError'
}

export const DATASET_VERSION_KEY = 'datasetVersion'
/** The stored dataset's `contentHash`; absent when an earlier build (before the hash) stored it. */
export const DATASET_HASH_KEY = 'datasetContentHash'

async function fetchJson(fetchText: FetchText, file: string): Promise<unknown> {
  const text = await fetchText(file)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new DatasetError(`${file} is not valid JSON: ${(error as Error).message}`)
  }
}

export async function readDataset(fetchText: FetchText, manifest?: Manifest): Promise<Dataset> {
  const [manifestRaw, sources, meetings, initiatives, parties, themes, mentions] = await Promise.all([
    manifest ?? fetchJson(fetchText, DATASET_FILES.manifest),
    fetchJson(fetchText, DATASET_FILES.sources),
    fetchJson(fetchText, DATASET_FILES.meetings),
    fetchJson(fetchText, DATASET_FILES.initiatives),
    fetchJson(fetchText, DATASET_FILES.parties),
    fetchJson(fetchText, DATASET_FILES.themes),
    fetchJson(fetchText, DATASET_FILES.mentions)
  ])
  const files = Array.isArray(sources)
    ? sources.map((s: unknown) => (s as { textFile?: unknown }).textFile).filter((f): f is string => typeof f === 'string')
    : []
  const texts = Object.fromEntries(await Promise.all(files.map(async (f) => [f, await fetchText(f)] as const)))
  const parsed = parseDataset({ manifest: manifestRaw, sources, meetings, initiatives, parties, themes, mentions, texts })
  if (!parsed.ok) throw new DatasetError(`The shipped dataset is invalid and was not loaded: ${parsed.error}`)
  return parsed.value
}

export async function storedDatasetVersion(database: DeskDatabase): Promise<string | undefined> {
  const row = await database.meta.get(DATASET_VERSION_KEY)
  return typeof row?.value === 'string' ? row.value : undefined
}

async function storedDatasetHash(database: DeskDatabase): Promise<string | undefined> {
  const row = await database.meta.get(DATASET_HASH_KEY)
  return typeof row?.value === 'string' ? row.value : undefined
}

/**
 * Records the user made under an earlier build, in today's shape: lists that build did not store
 * yet are filled in empty, every other field kept. A record its schema refuses stays as it was.
 */
async function upgradeUserRecords(database: DeskDatabase): Promise<void> {
  const upgraded = <T extends object>(rows: readonly T[], schema: z.ZodType): T[] =>
    rows.flatMap((row) => {
      const parsed = schema.safeParse(row)
      const next = parsed.success ? ({ ...row, ...(parsed.data as object) } as T) : row
      return JSON.stringify(next) === JSON.stringify(row) ? [] : [next]
    })
  await database.sources.bulkPut(upgraded(await database.sources.filter(isUsers).toArray(), importedSourceSchema))
  await database.initiatives.bulkPut(upgraded(await database.initiatives.filter(isUsers).toArray(), userInitiativeSchema))
  await database.meetings.bulkPut(upgraded(await database.meetings.filter(isUsers).toArray(), userMeetingSchema))
}

/**
 * Replaces every dataset table with `dataset` in one transaction. Records the user made (imported
 * sources, initiatives, meetings and partners from suggestions) stay, linked again to the new records, and
 * highlights on shipped texts that changed are re-anchored (`relinkUserData`).
 */
export async function replaceDataset(database: DeskDatabase, dataset: Dataset): Promise<void> {
  await database.transaction(
    'rw',
    [database.meta, database.sources, database.meetings, database.initiatives, database.parties, database.themes, database.mentions, database.annotations],
    async () => {
      const oldTexts = new Map((await database.sources.filter((s) => !isUsers(s)).toArray()).map((s) => [s.id, s.text]))
      const shipped = (row: UserMark): boolean => !isUsers(row)
      const userIds = new Set([
        ...(await database.sources.filter(isUsers).primaryKeys()),
        ...(await database.initiatives.filter(isUsers).primaryKeys()),
        ...(await database.meetings.filter(isUsers).primaryKeys()),
        ...(await database.parties.filter(isUsers).primaryKeys())
      ])
      await Promise.all([
        database.sources.filter(shipped).delete(),
        database.meetings.filter(shipped).delete(),
        database.initiatives.filter(shipped).delete(),
        database.parties.filter(shipped).delete(),
        database.themes.clear(),
        database.mentions.filter((m) => !userIds.has(m.sourceId) && !userIds.has(m.entityId)).delete()
      ])
      await database.sources.bulkPut(dataset.sources)
      await database.meetings.bulkPut(dataset.meetings)
      await database.initiatives.bulkPut(dataset.initiatives)
      await database.parties.bulkPut(dataset.parties)
      await database.themes.bulkPut(dataset.themes)
      await database.mentions.bulkPut(dataset.mentions.map(storedMention))
      await upgradeUserRecords(database)
      await relinkUserData(database, oldTexts)
      await database.meta.put({ key: DATASET_VERSION_KEY, value: dataset.manifest.version })
      await database.meta.put({ key: DATASET_HASH_KEY, value: dataset.manifest.contentHash })
      await database.meta.put({ key: 'datasetCounts', value: dataset.manifest.counts })
    }
  )
}

export type LoadOutcome = { status: 'current'; version: string } | { status: 'loaded'; version: string; previous?: string }

/** A dataset as the user knows it: its version, and which content when the version stayed. */
const datasetLabel = (version: string, hash: string | undefined, other: string | undefined): string =>
  other === version && hash ? `${version} (content ${hash.slice(0, 8)})` : version

/**
 * Loads the shipped dataset unless the same version with the same content is already stored. Under
 * the wholesale-change lock, and checked again inside it: a second window opened at the same time
 * waits, then finds the dataset current.
 */
export function ensureDataset(database: DeskDatabase, fetchText: FetchText): Promise<LoadOutcome> {
  return exclusively(() => loadUnlessCurrent(database, fetchText))
}

async function loadUnlessCurrent(database: DeskDatabase, fetchText: FetchText): Promise<LoadOutcome> {
  const manifestRaw = await fetchJson(fetchText, DATASET_FILES.manifest)
  const { version, contentHash } = (manifestRaw ?? {}) as { version?: unknown; contentHash?: unknown }
  const [previous, previousHash] = await Promise.all([storedDatasetVersion(database), storedDatasetHash(database)])
  if (typeof version === 'string' && version === previous && contentHash === previousHash) return { status: 'current', version }
  const dataset = await readDataset(fetchText, manifestRaw as Manifest)
  // The user's notes are never touched by an upgrade, but they may point at records it removes:
  // keep a copy first, restorable from Settings.
  if (previous) {
    const { version: next, contentHash: nextHash } = dataset.manifest
    await backupBeforeDatasetUpgrade(database, datasetLabel(previous, previousHash, next), datasetLabel(next, nextHash, previous), __APP_VERSION__)
  }
  await replaceDataset(database, dataset)
  return { status: 'loaded', version: dataset.manifest.version, ...(previous ? { previous } : {}) }
}

/** Fetches dataset files relative to the page (`app://desk/dataset/` or `/dataset/` on the web). */
export const fetchShippedFile: FetchText = async (file) => {
  const response = await fetch(new URL(`dataset/${file}`, document.baseURI))
  if (!response.ok) throw new DatasetError(`Could not read dataset/${file} (HTTP ${response.status}).`)
  return response.text()
}

import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Dataset, Source } from '../../src/shared/model/dataset'
import { parseDataset, type RawDatasetFiles } from '../../src/shared/model/parseDataset'

export const DATASET_DIR = resolve(import.meta.dirname, '../../resources/dataset')

export const readShippedFile = (file: string): Promise<string> => readFile(resolve(DATASET_DIR, file), 'utf8')

const json = (file: string): unknown => JSON.parse(readFileSync(resolve(DATASET_DIR, file), 'utf8'))

/** The shipped dataset files as raw JSON, for tests that break them on purpose. */
export function rawShippedDataset(): RawDatasetFiles {
  const sources = json('sources.json') as Source[]
  return {
    manifest: json('manifest.json'),
    sources,
    meetings: json('meetings.json'),
    initiatives: json('initiatives.json'),
    parties: json('parties.json'),
    themes: json('themes.json'),
    mentions: json('mentions.json'),
    texts: Object.fromEntries(sources.map((s) => [s.textFile, readFileSync(resolve(DATASET_DIR, s.textFile), 'utf8')]))
  }
}

export function shippedDataset(): Dataset {
  const parsed = parseDataset(rawShippedDataset())
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

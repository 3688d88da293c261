import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { DATASET_DIR, loadShippedDataset, rawShippedDataset } from '../../scripts/lib/library'

export { DATASET_DIR, rawShippedDataset }

export const readShippedFile = (file: string): Promise<string> => readFile(resolve(DATASET_DIR, file), 'utf8')

/** The shipped dataset, parsed and validated as the app loads it. */
export const shippedDataset = loadShippedDataset

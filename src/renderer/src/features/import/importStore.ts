/** One import at a time, shared by the File menu, Ctrl/Cmd+O, the Sources screen and drag and drop. */
import { createStore } from '../../app/store'
import { IMPORT_EXTENSIONS } from '@shared/import/parseDocument'
import { readFileList } from '../../platform/readFiles'
import { quietly } from '../../db/quietWrites'
import { desk } from '../../platform/desk'
import { describeStorageError } from '@shared/storageErrors'
import { backupBeforeImport } from '../backup/backupService'
import { ImportStopped, importFiles, type FileOutcome, type ImportFile, type ImportProgress } from './importService'

export type ImportState =
  | { phase: 'running'; progress: ImportProgress; cancel: () => void }
  /** `stopped`: why the import ended early (refused for room, a failed write), in words. */
  | { phase: 'done'; outcomes: FileOutcome[]; cancelled: boolean; stopped?: string }
  | { phase: 'error'; message: string }
  | null

const store = createStore<ImportState>(null)
const set = store.set

export const useImportState = (): ImportState => store.use()

export const closeImport = (): void => {
  if (store.get()?.phase !== 'running') set(null)
}

const FILTERS = [{ name: 'Documents (HTML, Markdown, text, PDF)', extensions: [...IMPORT_EXTENSIONS] }]

/** Asks for files (unless given) and imports them, showing progress in the import dialog. */
export async function startImport(files?: ImportFile[]): Promise<void> {
  if (store.get()?.phase === 'running') return
  if (!files) {
    const opened = await desk.openFiles({ filters: FILTERS, multiple: true })
    if (!opened.ok) {
      set({ phase: 'error', message: opened.error })
      return
    }
    files = opened.value
  }
  if (!files.length) return
  const controller = new AbortController()
  set({ phase: 'running', progress: { phase: 'reading', done: 0, total: files.length, current: files[0]!.name }, cancel: () => controller.abort() })
  try {
    await backupBeforeImport(__APP_VERSION__).catch((error: unknown) => console.warn('No automatic backup before the import:', error))
    // No screen re-reads the tables between the import's chunks; each reads once when it ends.
    const outcomes = await quietly(() =>
      importFiles(files, {
        signal: controller.signal,
        onProgress: (progress) => set({ phase: 'running', progress, cancel: () => controller.abort() }),
        space: () => desk.storageSpace()
      })
    )
    set({ phase: 'done', outcomes, cancelled: controller.signal.aborted })
  } catch (error) {
    if (error instanceof ImportStopped) set({ phase: 'done', outcomes: error.outcomes, cancelled: false, stopped: error.message })
    else set({ phase: 'error', message: describeStorageError(error, { happened: 'the import stopped', kept: 'documents imported before this are kept' }) })
  }
}

/** Files dropped on the window: read those within the size limit; the rest are refused by name. */
export async function importDropped(list: FileList | readonly File[]): Promise<void> {
  await startImport(await readFileList([...list]))
}

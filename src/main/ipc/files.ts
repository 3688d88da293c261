/** Handlers for the file verbs: save dialogs with atomic writes, folder export, open dialogs. */
import { promises as fs } from 'node:fs'
import { resolve } from 'node:path'
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron'
import {
  EXPORT_MANIFEST,
  type OpenFilesRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFolderOutcome,
  type SaveFolderRequest,
  type SaveOutcome
} from '@shared/ipc'
import { writeFileAtomic } from '../fs/atomicWrite'
import { confinedTarget } from '../fs/confined'
import { readOpenedFiles } from '../fs/readFiles'

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined
}

function dialogFilters(filters: SaveFileRequest['filters']) {
  return filters?.map((f) => ({ name: f.name, extensions: [...f.extensions] }))
}

export async function saveFile(request: SaveFileRequest, event: IpcMainInvokeEvent): Promise<SaveOutcome> {
  const options = {
    defaultPath: request.suggestedName,
    filters: dialogFilters(request.filters),
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const]
  }
  const owner = ownerWindow(event)
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false }
  await writeFileAtomic(choice.filePath, request.content)
  return { saved: true, path: choice.filePath }
}

async function exists(path: string): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    () => false
  )
}

/** The files an earlier export wrote into `root`, from its manifest; none if absent or unreadable. */
async function madeBefore(root: string): Promise<Set<string>> {
  try {
    const listed: unknown = JSON.parse(await fs.readFile(resolve(root, EXPORT_MANIFEST), 'utf8'))
    const files = (listed as { files?: unknown }).files
    return new Set(Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [])
  } catch {
    return new Set()
  }
}

async function writeManifest(root: string, files: Iterable<string>): Promise<void> {
  const manifest = { app: 'ASEAN Digital Desk', files: [...new Set(files)].sort() }
  await writeFileAtomic(resolve(root, EXPORT_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`)
}

/**
 * Writes each file under `folder` (paths were validated as relative by the schema). Each target is
 * confined to the folder's real path, links refused (`confinedTarget`). The manifest lists every
 * file written, also when a later file fails: a re-export then still updates them.
 */
export async function writeFolder(folder: string, request: SaveFolderRequest): Promise<SaveFolderOutcome> {
  const root = await fs.realpath(resolve(folder))
  const ours = await madeBefore(root)
  const skipped: string[] = []
  const made: string[] = []
  try {
    for (const file of request.files) {
      const keepExisting = request.onExisting === 'skip' || (request.onExisting === 'update' && !ours.has(file.path))
      if (keepExisting && (await exists(await confinedTarget(root, file.path, false)))) {
        skipped.push(file.path)
        continue
      }
      const target = await confinedTarget(root, file.path, true)
      await writeFileAtomic(target, file.content)
      made.push(file.path)
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (made.length === 0) throw error
    await writeManifest(root, [...ours, ...made]).catch(() => undefined)
    throw new Error(`${reason} The export stopped there: ${made.length} of ${request.files.length} files were written and are listed for the next export to update.`, { cause: error })
  }
  await writeManifest(root, [...ours, ...made])
  return { saved: true, folder: root, written: made.length, skipped }
}

export async function saveFolder(request: SaveFolderRequest, event: IpcMainInvokeEvent): Promise<SaveFolderOutcome> {
  const options = {
    title: 'Choose a folder for the export',
    buttonLabel: 'Export here',
    properties: ['openDirectory' as const, 'createDirectory' as const]
  }
  const owner = ownerWindow(event)
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  const folder = choice.filePaths[0]
  if (choice.canceled || !folder) return { saved: false }
  return writeFolder(folder, request)
}

export async function openFiles(request: OpenFilesRequest, event: IpcMainInvokeEvent): Promise<OpenedFile[]> {
  const options = {
    filters: dialogFilters(request.filters),
    properties: request.multiple ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const]
  }
  const owner = ownerWindow(event)
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  if (choice.canceled) return []
  return readOpenedFiles(choice.filePaths)
}


/** Handlers for the file verbs: save dialogs with atomic writes, folder export, open dialogs. */
import { promises as fs } from 'node:fs'
import { basename, dirname, resolve, sep } from 'node:path'
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron'
import {
  EXPORT_MANIFEST,
  MAX_OPEN_FILE_BYTES,
  type OpenFilesRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFolderOutcome,
  type SaveFolderRequest,
  type SaveOutcome
} from '@shared/ipc'
import { writeFileAtomic } from '../fs/atomicWrite'

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
  return fs.stat(path).then(
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

/** Writes each file under `folder`; paths were validated as relative by the schema, checked again here. */
export async function writeFolder(folder: string, request: SaveFolderRequest): Promise<SaveFolderOutcome> {
  const root = resolve(folder)
  const ours = await madeBefore(root)
  const skipped: string[] = []
  const made: string[] = []
  let written = 0
  for (const file of request.files) {
    const target = resolve(root, file.path)
    if (!target.startsWith(root + sep)) throw new Error(`"${file.path}" would leave the chosen folder.`)
    const keepExisting = request.onExisting === 'skip' || (request.onExisting === 'update' && !ours.has(file.path))
    if (keepExisting && (await exists(target))) {
      skipped.push(file.path)
      continue
    }
    await fs.mkdir(dirname(target), { recursive: true })
    await writeFileAtomic(target, file.content)
    made.push(file.path)
    written += 1
  }
  const manifest = { app: 'ASEAN Digital Desk', files: [...new Set([...ours, ...made])].sort() }
  await writeFileAtomic(resolve(root, EXPORT_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`)
  return { saved: true, folder: root, written, skipped }
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

export async function readOpenedFiles(paths: readonly string[]): Promise<OpenedFile[]> {
  const tooLarge: string[] = []
  const stats = await Promise.all(paths.map((path) => fs.stat(path)))
  stats.forEach((stat, i) => {
    if (stat.size > MAX_OPEN_FILE_BYTES) tooLarge.push(`${basename(paths[i] ?? '')} (${Math.round(stat.size / 1048576)} MB)`)
  })
  if (tooLarge.length > 0) {
    throw new Error(
      `These files are larger than the ${MAX_OPEN_FILE_BYTES / 1048576} MB limit and were not opened: ${tooLarge.join(', ')}.`
    )
  }
  return Promise.all(
    paths.map(async (path, i) => ({
      name: basename(path),
      size: stats[i]?.size ?? 0,
      bytes: new Uint8Array(await fs.readFile(path))
    }))
  )
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


/**
 * The one IPC contract between the renderer and the main process.
 *
 * `DeskChannels` maps each invoke channel to its argument and result types. Main handlers
 * (`src/main/ipc`) and the preload API (`src/preload/api.ts`) are both typed from it, so a
 * renamed channel or a changed payload fails to compile on both sides.
 * When adding a channel: add it here, add its zod schema in `schemas.ts`, register a handler in
 * `src/main/ipc/register.ts`, expose a verb in `src/preload/api.ts` and in `platform/browser.ts`.
 */
import type { MenuCommand } from './commands'
import type { Result } from './result'

export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. `adm-2030.md`. */
  readonly suggestedName: string
  readonly content: string
  readonly filters?: readonly FileFilter[]
}

export type SaveOutcome = { readonly saved: true; readonly path: string } | { readonly saved: false }

export interface FolderFile {
  /** Relative path inside the chosen folder, `/`-separated, no `..`. */
  readonly path: string
  readonly content: string
}

export interface SaveFolderRequest {
  /** Suggested folder name (used by the browser bridge as the zip name). */
  readonly suggestedName: string
  readonly files: readonly FolderFile[]
  /**
   * What to do with a file that already exists: replace it; keep it and skip ours; or `update`:
   * replace it only if an earlier export wrote it (listed in `EXPORT_MANIFEST`), else skip it.
   */
  readonly onExisting: 'replace' | 'skip' | 'update'
}

/** Written into an exported folder: the files the export made, so a re-export updates only those. */
export const EXPORT_MANIFEST = '.asean-digital-desk-export.json'

export type SaveFolderOutcome =
  | { readonly saved: true; readonly folder: string; readonly written: number; readonly skipped: readonly string[] }
  | { readonly saved: false }

export interface OpenFilesRequest {
  readonly filters?: readonly FileFilter[]
  readonly multiple?: boolean
}

export interface OpenedFile {
  readonly name: string
  readonly size: number
  /** The file's bytes; empty when it was refused. */
  readonly bytes: Uint8Array
  /** Why this file was not opened (too large, not a regular file, over the open's total), if it was not. */
  readonly refused?: string
}

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly platform: 'electron' | 'browser'
  /** Where the user's data lives, in words a user can follow. */
  readonly dataLocation: string
}

export type ThemeSource = 'system' | 'light' | 'dark'

/** What "Copy" puts on the clipboard: plain text (Markdown), and HTML for word processors. */
export interface ClipboardContent {
  readonly text: string
  readonly html?: string
}

/** Largest text (each flavour) the clipboard channel takes. */
export const MAX_CLIPBOARD_CHARS = 1024 * 1024

/**
 * Room left for the app's data. In the desktop app, the free space of the disk (volume) holding
 * the data folder, read by main with `statfs`. In a browser there is no such figure: it is what
 * the browser still lets this site store (its quota), which is not the disk's free space.
 */
export interface StorageSpace {
  readonly kind: 'disk' | 'browser-quota'
  /** Bytes that can still be written. */
  readonly free: number
  /** The disk's size, or the browser's quota for this site; null when unknown. */
  readonly total: number | null
}

/**
 * An automatic backup kept as a file, outside IndexedDB: in the desktop app in
 * `userData/backups`, in a browser in its Origin Private File System. Named
 * `auto-<created, ':' and '.' as '-'>.json`, so names sort by date.
 */
export interface AutomaticBackupFile {
  readonly name: string
  readonly created: string
  readonly size: number
}

export interface AutomaticBackupFiles {
  /** Where the files are, in words a user can follow (a folder path, or the browser's storage). */
  readonly location: string
  /** Newest first. */
  readonly files: readonly AutomaticBackupFile[]
}

/** Largest automatic backup file written or read (characters). */
export const MAX_AUTOMATIC_BACKUP_CHARS = 200 * 1024 * 1024

/** The file name of the automatic backup taken at `created` (an ISO date). */
export const automaticBackupName = (created: string): string => `auto-${created.replace(/[:.]/g, '-')}.json`

/** The names `automaticBackupName` makes, and nothing else: no paths, no other files. */
export const AUTOMATIC_BACKUP_NAME = /^auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/

/** The ISO date an automatic backup's name was made from. */
export const createdOfBackupName = (name: string): string =>
  name.replace(/^auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/, '$1T$2:$3:$4.$5Z')

/** Commands the application menu sends to the renderer. */
export { MENU_COMMANDS, type MenuCommand } from './commands'

export interface DeskChannels {
  'file:save': { args: SaveFileRequest; result: SaveOutcome }
  'file:saveFolder': { args: SaveFolderRequest; result: SaveFolderOutcome }
  'file:open': { args: OpenFilesRequest; result: OpenedFile[] }
  'app:info': { args: void; result: AppInfo }
  'app:setTheme': { args: ThemeSource; result: ThemeSource }
  'storage:free': { args: void; result: StorageSpace }
  'backup:writeAutomatic': { args: { readonly created: string; readonly content: string }; result: AutomaticBackupFile }
  'backup:listAutomatic': { args: void; result: AutomaticBackupFiles }
  'backup:readAutomatic': { args: { readonly name: string }; result: string }
  'clipboard:write': { args: ClipboardContent; result: true }
}
export type DeskChannel = keyof DeskChannels

/** Main-to-renderer event carrying a `MenuCommand`. */
export const MENU_COMMAND_EVENT = 'menu:command'

/** Largest file `openFiles` reads; a larger one comes back refused (`OpenedFile.refused`), the others are read. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024

/**
 * Most bytes one `openFiles` call carries in its single IPC reply; the files past it come back
 * refused with a message saying to open them in a second go.
 */
export const MAX_OPEN_TOTAL_BYTES = 512 * 1024 * 1024

/**
 * The bridge the renderer uses for everything outside the page. Electron's preload implements it
 * over IPC; `platform/browser.ts` implements it with downloads and file inputs.
 */
export interface Desk {
  readonly platform: 'electron' | 'browser'
  saveFile(request: SaveFileRequest): Promise<Result<SaveOutcome>>
  saveFolder(request: SaveFolderRequest): Promise<Result<SaveFolderOutcome>>
  openFiles(request: OpenFilesRequest): Promise<Result<OpenedFile[]>>
  appInfo(): Promise<Result<AppInfo>>
  setTheme(source: ThemeSource): Promise<Result<ThemeSource>>
  /** How much the app can still store; an import checks it before writing anything. */
  storageSpace(): Promise<Result<StorageSpace>>
  /** Keeps an automatic backup as a file outside IndexedDB (the last five, within `AUTOMATIC_BACKUPS_MAX_TOTAL`). */
  writeAutomaticBackup(created: string, content: string): Promise<Result<AutomaticBackupFile>>
  listAutomaticBackups(): Promise<Result<AutomaticBackupFiles>>
  readAutomaticBackup(name: string): Promise<Result<string>>
  /** Puts text (and its HTML form, for word processors) on the system clipboard. */
  copy(content: ClipboardContent): Promise<Result<true>>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/**
 * The `Desk` bridge for a plain browser: saving becomes a download, a folder becomes a zip, and
 * opening uses a file input. Same contract as the Electron preload, so the renderer does not care.
 */
import { zipSync, strToU8 } from 'fflate'
import type { Desk, MenuCommand, OpenFilesRequest } from '@shared/ipc'
import { fail, ok, type Result } from '@shared/result'
import { browserStorageSpace } from './browserStorage'
import { listOpfsBackups, readOpfsBackup, writeOpfsBackup } from './opfsBackups'
import { readFileList } from './readFiles'

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

function pickFiles(request: OpenFilesRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = request.multiple ?? false
    input.accept = (request.filters ?? []).flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',')
    input.hidden = true
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])])
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.append(input)
    input.click()
  })
}

const menuListeners = new Set<(command: MenuCommand) => void>()

/** Lets in-app controls raise the same commands the Electron menu sends. */
export function dispatchMenuCommand(command: MenuCommand): void {
  menuListeners.forEach((listener) => listener(command))
}

async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run())
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
}

export const browserDesk: Desk = {
  platform: 'browser',
  async saveFile(request) {
    download(request.suggestedName, new Blob([request.content], { type: 'text/plain;charset=utf-8' }))
    return ok({ saved: true, path: request.suggestedName })
  },
  async saveFolder(request) {
    const entries = Object.fromEntries(request.files.map((f) => [`${request.suggestedName}/${f.path}`, strToU8(f.content)]))
    const zip = zipSync(entries, { level: 6 })
    download(`${request.suggestedName}.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }))
    return ok({ saved: true, folder: `${request.suggestedName}.zip`, written: request.files.length, skipped: [] })
  },
  async openFiles(request) {
    try {
      return ok(await readFileList(await pickFiles(request)))
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  },
  async appInfo() {
    return ok({
      name: 'ASEAN Digital Desk',
      version: __APP_VERSION__,
      platform: 'browser',
      dataLocation: `This browser's IndexedDB storage for ${location.origin}`
    })
  },
  async setTheme(source) {
    return ok(source)
  },
  async storageSpace() {
    try {
      return ok(await browserStorageSpace())
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  },
  writeAutomaticBackup: (created, content) => attempt(() => writeOpfsBackup(created, content)),
  listAutomaticBackups: () => attempt(listOpfsBackups),
  readAutomaticBackup: (name) => attempt(() => readOpfsBackup(name)),
  copy: (content) =>
    attempt(async () => {
      const flavours: Record<string, Blob> = { 'text/plain': new Blob([content.text], { type: 'text/plain' }) }
      if (content.html !== undefined) flavours['text/html'] = new Blob([content.html], { type: 'text/html' })
      await navigator.clipboard.write([new ClipboardItem(flavours)])
      return true as const
    }),
  onMenuCommand(listener) {
    menuListeners.add(listener)
    return () => menuListeners.delete(listener)
  }
}

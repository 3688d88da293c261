/**
 * Reads the files the user picked in an open dialog, trusting nothing the file system says in
 * advance: only regular files are opened (a FIFO or `/dev/zero` reports 0 bytes and never ends),
 * and every read stops one byte past the limit whatever `stat` claimed. One file over the limit
 * is refused alone; the files past the total cap of one open are refused with a message.
 */
import { constants, promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { MAX_OPEN_FILE_BYTES, MAX_OPEN_TOTAL_BYTES, type OpenedFile } from '@shared/ipc'

const MB = 1048576
const CHUNK = 4 * MB

export interface OpenLimits {
  /** Largest file read. */
  readonly file: number
  /** Most bytes read in one open, all files together. */
  readonly total: number
}

const LIMITS: OpenLimits = { file: MAX_OPEN_FILE_BYTES, total: MAX_OPEN_TOTAL_BYTES }

/** Why a file was not opened, as the import lists it after the file's name. */
export const refusals = (limits: OpenLimits = LIMITS) =>
  ({
    notAFile: 'it is not a regular file (a folder, a device or a pipe), so it was not opened.',
    tooLarge: `the file is larger than the ${+(limits.file / MB).toFixed(2)} MB limit.`,
    overTotal: `not opened: the files chosen together are more than the ${+(limits.total / MB).toFixed(2)} MB one open can carry; open the rest in a second go.`
  }) as const

/** Reads at most `max` bytes from `handle`; null when the file holds more. */
async function readAtMost(handle: fs.FileHandle, max: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) return new Uint8Array(Buffer.concat(chunks, total))
    total += bytesRead
    if (total > max) return null
    chunks.push(buffer.subarray(0, bytesRead))
  }
}

const refused = (path: string, size: number, reason: string): OpenedFile => ({ name: basename(path), size, bytes: new Uint8Array(0), refused: reason })

/** Opens without blocking on a FIFO (POSIX), then checks the opened file itself. */
async function readOne(path: string, budget: number, limits: OpenLimits): Promise<OpenedFile> {
  const name = basename(path)
  const REFUSED = refusals(limits)
  try {
    const before = await fs.stat(path)
    if (!before.isFile()) return refused(path, 0, REFUSED.notAFile)
    if (before.size > limits.file) return refused(path, before.size, REFUSED.tooLarge)
    if (before.size > budget) return refused(path, before.size, REFUSED.overTotal)
    const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    try {
      if (!(await handle.stat()).isFile()) return refused(path, 0, REFUSED.notAFile)
      const limit = Math.min(limits.file, budget)
      const bytes = await readAtMost(handle, limit)
      if (!bytes) return refused(path, limit + 1, limit === limits.file ? REFUSED.tooLarge : REFUSED.overTotal)
      return { name, size: bytes.length, bytes }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return refused(path, 0, `it could not be read (${error instanceof Error ? error.message : String(error)}).`)
  }
}

/** Reads `paths` one after another, so the bytes held never pass the total cap. */
export async function readOpenedFiles(paths: readonly string[], limits: OpenLimits = LIMITS): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = []
  let budget = limits.total
  for (const path of paths) {
    const file = await readOne(path, budget, limits)
    budget -= file.bytes.length
    opened.push(file)
  }
  return opened
}

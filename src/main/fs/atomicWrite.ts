import { promises as fs } from 'node:fs'
import { dirname, basename, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes `content` to `target` so that a reader sees either the old file or the whole new one:
 * the bytes go to a temporary file in the same folder (same file system, so rename is atomic),
 * are flushed to disk, and only then renamed over the target. On any failure the temporary file
 * is removed and the old file is left as it was.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(content)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

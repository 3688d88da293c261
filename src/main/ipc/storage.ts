/** `storage:free`: the free space of the disk that holds the app's data, for the import's check and Settings. */
import { promises as fs } from 'node:fs'
import { dirname } from 'node:path'
import type { StorageSpace } from '@shared/ipc'

/**
 * Reads the volume holding `folder` (its nearest existing ancestor, should it not exist yet).
 * `bavail`, not `bfree`: the blocks an unprivileged process may use, which is what Chromium gets.
 */
export async function diskSpace(folder: string): Promise<StorageSpace> {
  let at = folder
  for (;;) {
    try {
      const stats = await fs.statfs(at)
      return { kind: 'disk', free: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize }
    } catch (error) {
      const parent = dirname(at)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) {
        throw new Error(`The free space of the disk holding ${folder} could not be read (${(error as Error).message}).`, { cause: error })
      }
      at = parent
    }
  }
}

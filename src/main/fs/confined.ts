/**
 * Paths confined to a folder the user chose. A textual check (`resolve` then compare) is not
 * enough on a real disk: a folder inside the chosen one may be a symbolic link or a Windows
 * junction pointing anywhere. So every existing component is checked with `lstat` (a link is
 * refused, never followed), and the parent's real path must still lie inside the chosen root.
 */
import { promises as fs, type Stats } from 'node:fs'
import * as nodePath from 'node:path'

type PathApi = Pick<typeof nodePath, 'relative' | 'isAbsolute' | 'sep'>

/**
 * True when `target` lies strictly below `root`. Uses `relative`, so a drive or file-system root
 * (`E:\`, `/`) works: `root + sep` would give `E:\\` and refuse everything.
 */
export function isInside(root: string, target: string, paths: PathApi = nodePath): boolean {
  const rel = paths.relative(root, target)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${paths.sep}`) && !paths.isAbsolute(rel)
}

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await fs.lstat(path)
  } catch (error) {
    if (code(error) === 'ENOENT') return null
    throw error
  }
}

/**
 * The absolute path of `relative` under `root` (a real path: `fs.realpath` of the chosen folder),
 * after checking that no existing folder on the way and not the file itself is a link. With
 * `create`, missing folders are made one at a time (each made folder is a plain folder).
 * Throws a message naming `relative` when the path would leave `root`.
 */
export async function confinedTarget(root: string, relative: string, create: boolean): Promise<string> {
  const leaves = (why: string): Error => new Error(`"${relative}" would leave the chosen folder (${why}).`)
  const target = nodePath.resolve(root, relative)
  if (!isInside(root, target)) throw leaves('it points outside it')
  const parts = nodePath.relative(root, target).split(nodePath.sep)
  let current = root
  for (const [i, part] of parts.entries()) {
    current = nodePath.join(current, part)
    const last = i === parts.length - 1
    let stat = await lstatOrNull(current)
    if (stat?.isSymbolicLink()) throw leaves(`${nodePath.relative(root, current)} is a link`)
    if (last) {
      if (stat && !stat.isFile()) throw new Error(`"${relative}" exists and is not a file.`)
      break
    }
    if (!stat && create) {
      await fs.mkdir(current).catch((error: unknown) => {
        if (code(error) !== 'EEXIST') throw error
      })
      stat = await fs.lstat(current)
      if (stat.isSymbolicLink()) throw leaves(`${nodePath.relative(root, current)} is a link`)
    }
    if (stat && !stat.isDirectory()) throw new Error(`"${relative}" cannot be written: ${nodePath.relative(root, current)} is a file, not a folder.`)
    if (!stat) break
  }
  if (create) {
    const parent = await fs.realpath(nodePath.dirname(target))
    if (parent !== root && !isInside(root, parent)) throw leaves('its folder resolves outside it')
  }
  return target
}

import { execFileSync } from 'node:child_process'
import { promises as fs, mkdtempSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EXPORT_MANIFEST, MAX_OPEN_FILE_BYTES, MAX_OPEN_TOTAL_BYTES, type SaveFolderRequest } from '../../src/shared/ipc'
import { writeFolder } from '../../src/main/ipc/files'
import { isInside } from '../../src/main/fs/confined'
import { readOpenedFiles, refusals } from '../../src/main/fs/readFiles'

const REFUSED = refusals()
import * as atomic from '../../src/main/fs/atomicWrite'

let dir: string
let outside: string
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'desk-files-')))
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'desk-outside-')))
})

const request = (files: SaveFolderRequest['files'], onExisting: SaveFolderRequest['onExisting'] = 'replace'): SaveFolderRequest => ({ suggestedName: 'vault', onExisting, files })
const manifest = async (root: string) => (JSON.parse(await fs.readFile(join(root, EXPORT_MANIFEST), 'utf8')) as { files: string[] }).files

describe('vault export confinement', () => {
  it('refuses to write through a folder that is a symbolic link out of the chosen folder', async () => {
    await fs.symlink(outside, join(dir, 'Initiatives'), 'dir')
    await expect(writeFolder(dir, request([{ path: 'Initiatives/evil.desktop', content: 'x' }]))).rejects.toThrow(/would leave the chosen folder \(Initiatives is a link\)/)
    expect(await fs.readdir(outside)).toEqual([])
  })

  it('refuses a file that is itself a link, and a link deeper down', async () => {
    await fs.mkdir(join(dir, 'Meetings'))
    await fs.symlink(outside, join(dir, 'Meetings', 'deep'), 'dir')
    await expect(writeFolder(dir, request([{ path: 'Meetings/deep/x.md', content: 'x' }]))).rejects.toThrow(/Meetings[\\/]deep is a link/)
    await fs.symlink(join(outside, 'target.md'), join(dir, 'index.md'))
    await expect(writeFolder(dir, request([{ path: 'index.md', content: 'x' }]))).rejects.toThrow(/index\.md is a link/)
    expect(await fs.readdir(outside)).toEqual([])
  })

  it('accepts a chosen folder that is itself a link, writing inside its real folder', async () => {
    const link = join(dir, 'vault-link')
    await fs.symlink(outside, link, 'dir')
    const outcome = await writeFolder(link, request([{ path: 'Partners/Japan.md', content: 'jp' }]))
    expect(outcome).toMatchObject({ saved: true, folder: outside, written: 1 })
    expect(await fs.readFile(join(outside, 'Partners/Japan.md'), 'utf8')).toBe('jp')
  })

  it('treats a drive root or the file-system root as a folder like any other', () => {
    expect(isInside('E:\\', 'E:\\index.md', win32)).toBe(true)
    expect(isInside('E:\\', 'E:\\Initiatives\\ADM 2030.md', win32)).toBe(true)
    expect(isInside('E:\\', 'F:\\index.md', win32)).toBe(false)
    expect(isInside('E:\\vault', 'E:\\vault2\\x.md', win32)).toBe(false)
    expect(isInside('/', '/index.md', posix)).toBe(true)
    expect(isInside('/srv/vault', '/srv/vault/../x.md', posix)).toBe(false)
    expect(isInside('/srv/vault', '/srv/vault', posix)).toBe(false)
    expect(isInside('/srv/vault', '/srv/vault/..x.md', posix)).toBe(true)
  })

  it('lists in the manifest the files written before a later one failed, so the next export updates them', async () => {
    const real = atomic.writeFileAtomic
    const spy = vi.spyOn(atomic, 'writeFileAtomic').mockImplementation(async (target, content) => {
      if (String(target).endsWith('c.md')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      return real(target, content)
    })
    try {
      const files = [
        { path: 'Initiatives/a.md', content: 'a' },
        { path: 'Initiatives/b.md', content: 'b' },
        { path: 'Initiatives/c.md', content: 'c' }
      ]
      await expect(writeFolder(dir, request(files, 'update'))).rejects.toThrow(/ENOSPC.*2 of 3 files were written/)
      expect(await manifest(dir)).toEqual(['Initiatives/a.md', 'Initiatives/b.md'])
    } finally {
      spy.mockRestore()
    }
    const again = await writeFolder(dir, request([{ path: 'Initiatives/a.md', content: 'a2' }, { path: 'Initiatives/b.md', content: 'b2' }], 'update'))
    expect(again).toMatchObject({ written: 2, skipped: [] })
    expect(await fs.readFile(join(dir, 'Initiatives/b.md'), 'utf8')).toBe('b2')
  })
})

describe('opening files', () => {
  it('opens only regular files: a FIFO and a device are refused, not read', async () => {
    const fifo = join(dir, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    const note = join(dir, 'note.txt')
    await fs.writeFile(note, 'ADGMIN')
    const opened = await readOpenedFiles([fifo, '/dev/zero', dir, note])
    expect(opened.map((f) => [f.name, f.refused ?? 'read'])).toEqual([
      ['pipe.txt', REFUSED.notAFile],
      ['zero', REFUSED.notAFile],
      [expect.stringMatching(/^desk-files-/), REFUSED.notAFile],
      ['note.txt', 'read']
    ])
    expect(new TextDecoder().decode(opened[3]!.bytes)).toBe('ADGMIN')
  })

  it('refuses only the file over the size limit and reads the others', async () => {
    const big = join(dir, 'huge.pdf')
    await fs.writeFile(big, '')
    await fs.truncate(big, MAX_OPEN_FILE_BYTES + 1)
    await fs.writeFile(join(dir, 'small.html'), '<p>ok</p>')
    const [huge, small] = await readOpenedFiles([big, join(dir, 'small.html')])
    expect(huge).toMatchObject({ name: 'huge.pdf', refused: REFUSED.tooLarge })
    expect(huge!.bytes.length).toBe(0)
    expect(small).toMatchObject({ name: 'small.html', size: 9 })
    expect(small!.refused).toBeUndefined()
  })

  it('carries at most the total cap in one open and says to open the rest in a second go', async () => {
    const limits = { file: 1000, total: 2500 }
    const paths = await Promise.all(
      [900, 900, 900, 100, 1001].map(async (size, i) => {
        const path = join(dir, `part-${i}.txt`)
        await fs.writeFile(path, 'x'.repeat(size))
        return path
      })
    )
    const opened = await readOpenedFiles(paths, limits)
    const small = refusals(limits)
    expect(opened.map((f) => f.refused ?? f.bytes.length)).toEqual([900, 900, small.overTotal, 100, small.tooLarge])
    expect(refusals().overTotal).toMatch(/more than the 512 MB one open can carry; open the rest in a second go/)
    expect(MAX_OPEN_TOTAL_BYTES).toBeGreaterThan(MAX_OPEN_FILE_BYTES)
  })

  it('stops reading at the limit even when the file grew after it was measured', async () => {
    const path = join(dir, 'growing.txt')
    await fs.writeFile(path, 'x'.repeat(10))
    const real = fs.stat
    const spy = vi.spyOn(fs, 'stat').mockImplementation(async (p) => {
      const stat = await real(p)
      return Object.assign(stat, { size: 1 })
    })
    try {
      const [file] = await readOpenedFiles([path], { file: 5, total: 100 })
      expect(file).toMatchObject({ refused: refusals({ file: 5, total: 100 }).tooLarge })
    } finally {
      spy.mockRestore()
    }
  })
})

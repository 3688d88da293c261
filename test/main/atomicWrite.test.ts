import { promises as fs, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from '../../src/main/fs/atomicWrite'

afterEach(() => vi.restoreAllMocks())

describe('writeFileAtomic', () => {
  it('replaces the file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-atomic-'))
    const target = join(dir, 'export.md')
    await fs.writeFile(target, 'old')
    await writeFileAtomic(target, 'new content')
    expect(await fs.readFile(target, 'utf8')).toBe('new content')
    expect(await fs.readdir(dir)).toEqual(['export.md'])
  })

  it('leaves the old file intact and no temporary file when the write fails midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-atomic-'))
    const target = join(dir, 'export.md')
    await fs.writeFile(target, 'old notes')
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
    await expect(writeFileAtomic(target, 'new notes')).rejects.toThrow('ENOSPC')
    expect(await fs.readFile(target, 'utf8')).toBe('old notes')
    expect(await fs.readdir(dir)).toEqual(['export.md'])
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(tmpdir(), 'no-such-folder-xyz', 'a.md'), 'x')).rejects.toThrow(/ENOENT/)
  })
})

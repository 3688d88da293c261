import { promises as fs, mkdtempSync, type StatsFs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { ipcHandlers } from '../support/electronMock'
import { registerIpcHandlers } from '../../src/main/ipc/register'

const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://desk/index.html' } } as unknown as IpcMainInvokeEvent
const foreign = { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent

let dataFolder = mkdtempSync(join(tmpdir(), 'desk-data-'))
registerIpcHandlers({ isTrustedSender: (event) => event === trusted, dataLocation: () => '/data/here', dataFolder: () => dataFolder })

const free = (event: IpcMainInvokeEvent, args: unknown = undefined) =>
  ipcHandlers.get('storage:free')!(event, args) as Promise<{ ok: boolean; value?: unknown; error?: string }>

/** What statfs says of a 40 MB disk with 30 MB left to unprivileged processes. */
const smallDisk = { type: 0x01021994, bsize: 4096, blocks: 10240, bfree: 7800, bavail: 7680, files: 1000, ffree: 900 } as StatsFs

afterEach(() => {
  vi.restoreAllMocks()
  dataFolder = mkdtempSync(join(tmpdir(), 'desk-data-'))
})

describe('storage:free', () => {
  it('answers the free space of the disk holding the data folder, as unprivileged blocks', async () => {
    const statfs = vi.spyOn(fs, 'statfs').mockResolvedValue(smallDisk as never)
    expect(await free(trusted)).toEqual({ ok: true, value: { kind: 'disk', free: 30 * 1024 * 1024, total: 40 * 1024 * 1024 } })
    expect(statfs).toHaveBeenCalledWith(dataFolder)
  })

  it('refuses a foreign sender and malformed arguments without reading the disk', async () => {
    const statfs = vi.spyOn(fs, 'statfs').mockResolvedValue(smallDisk as never)
    expect(await free(foreign)).toEqual({ ok: false, error: expect.stringContaining("did not come from the app's own window") })
    expect(await free(trusted, { path: '/etc' })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid "storage:free" request') })
    expect(statfs).not.toHaveBeenCalled()
  })

  it('reads the nearest existing folder when the data folder is not made yet', async () => {
    dataFolder = join(dataFolder, 'not', 'yet')
    const real = fs.statfs.bind(fs)
    const statfs = vi.spyOn(fs, 'statfs').mockImplementation(((path: string) => real(path)) as never)
    const answer = await free(trusted)
    expect(answer.ok).toBe(true)
    const space = answer.value as { free: number; total: number }
    expect(space.free).toBeGreaterThan(0)
    expect(space.free).toBeLessThanOrEqual(space.total)
    expect(statfs.mock.calls.map(([path]) => path)).toEqual([dataFolder, join(dataFolder, '..'), join(dataFolder, '..', '..')])
  })

  it('says in words when the disk cannot be read', async () => {
    vi.spyOn(fs, 'statfs').mockRejectedValue(Object.assign(new Error('EIO: i/o error, statfs'), { code: 'EIO' }))
    expect(await free(trusted)).toEqual({ ok: false, error: `The free space of the disk holding ${dataFolder} could not be read (EIO: i/o error, statfs).` })
  })
})

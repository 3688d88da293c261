import { promises as fs, mkdtempSync } from 'node:fs'
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

type Answer = { ok: boolean; value?: unknown; error?: string }
const call = (channel: string, event: IpcMainInvokeEvent, args: unknown = undefined) => ipcHandlers.get(channel)!(event, args) as Promise<Answer>
const write = (created: string, content = `{"created":"${created}"}`, event = trusted) => call('backup:writeAutomatic', event, { created, content })
const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 1, minute, 0, 7)).toISOString()
const backups = () => join(dataFolder, 'backups')

afterEach(() => {
  vi.restoreAllMocks()
  dataFolder = mkdtempSync(join(tmpdir(), 'desk-data-'))
})

describe('backup:writeAutomatic', () => {
  it('writes the file into userData/backups, made on first use, and reads it back', async () => {
    expect(await write(at(1), 'one')).toEqual({ ok: true, value: { name: 'auto-2026-11-28T01-01-00-007Z.json', created: at(1), size: 3 } })
    expect(await fs.readdir(backups())).toEqual(['auto-2026-11-28T01-01-00-007Z.json'])
    expect(await call('backup:readAutomatic', trusted, { name: 'auto-2026-11-28T01-01-00-007Z.json' })).toEqual({ ok: true, value: 'one' })
  })

  it('keeps the newest five, listed newest first; other files in the folder are left alone', async () => {
    await fs.mkdir(backups(), { recursive: true })
    await fs.writeFile(join(backups(), 'notes.txt'), 'mine')
    for (const minute of [3, 1, 7, 2, 5, 6, 4]) expect((await write(at(minute))).ok).toBe(true)
    const listed = await call('backup:listAutomatic', trusted)
    expect(listed.ok).toBe(true)
    const value = listed.value as { location: string; files: { created: string }[] }
    expect(value.location).toBe(backups())
    expect(value.files.map((f) => f.created)).toEqual([at(7), at(6), at(5), at(4), at(3)])
    expect((await fs.readdir(backups())).sort()).toContain('notes.txt')
    expect(await fs.readdir(backups())).toHaveLength(6)
  })

  it('keeps fewer when the newest files together would pass the size cap; the newest always stays', async () => {
    // Two earlier backups of 200 MB each (sparse files: the size is real, the disk blocks are not).
    await fs.mkdir(backups(), { recursive: true })
    for (const minute of [1, 2]) await fs.truncate(await fs.open(join(backups(), `auto-2026-11-28T01-0${minute}-00-007Z.json`), 'w').then(async (h) => (await h.close(), join(backups(), `auto-2026-11-28T01-0${minute}-00-007Z.json`))), 200 * 1024 * 1024)
    expect((await write(at(3), 'small')).ok).toBe(true)
    expect((await fs.readdir(backups())).sort()).toEqual(['auto-2026-11-28T01-02-00-007Z.json', 'auto-2026-11-28T01-03-00-007Z.json'])
  })

  it('writes atomically: a failed write leaves the earlier file whole and no temporary file', async () => {
    await write(at(1), 'old')
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
    expect(await write(at(1), 'new')).toEqual({ ok: false, error: 'ENOSPC: no space left on device' })
    expect(rename).toHaveBeenCalledWith(expect.stringMatching(/\.auto-.*\.tmp$/), join(backups(), 'auto-2026-11-28T01-01-00-007Z.json'))
    expect(await fs.readdir(backups())).toEqual(['auto-2026-11-28T01-01-00-007Z.json'])
    expect(await fs.readFile(join(backups(), 'auto-2026-11-28T01-01-00-007Z.json'), 'utf8')).toBe('old')
  })

  it('refuses a foreign sender on every verb without touching the disk', async () => {
    const mkdir = vi.spyOn(fs, 'mkdir')
    const readdir = vi.spyOn(fs, 'readdir')
    for (const [channel, args] of [
      ['backup:writeAutomatic', { created: at(1), content: 'x' }],
      ['backup:listAutomatic', undefined],
      ['backup:readAutomatic', { name: 'auto-2026-11-28T01-01-00-007Z.json' }]
    ] as const) {
      expect(await call(channel, foreign, args)).toEqual({ ok: false, error: `Refused "${channel}": the request did not come from the app's own window.` })
    }
    expect(mkdir).not.toHaveBeenCalled()
    expect(readdir).not.toHaveBeenCalled()
  })

  it('refuses bad arguments: paths as names, dates that are not ISO, empty or oversized content', async () => {
    const bad: [string, unknown][] = [
      ['backup:readAutomatic', { name: '../../etc/passwd' }],
      ['backup:readAutomatic', { name: 'auto-2026-11-28T01-01-00-007Z.json/../x' }],
      ['backup:readAutomatic', {}],
      ['backup:writeAutomatic', { created: '../../x', content: 'x' }],
      ['backup:writeAutomatic', { created: '2026-11-28', content: 'x' }],
      ['backup:writeAutomatic', { created: at(1), content: '' }],
      ['backup:writeAutomatic', { created: at(1), content: 'x'.repeat(200 * 1024 * 1024 + 1) }],
      ['backup:listAutomatic', { folder: '/etc' }]
    ]
    for (const [channel, args] of bad) {
      expect(await call(channel, trusted, args)).toMatchObject({ ok: false, error: expect.stringContaining(`Invalid "${channel}" request`) })
    }
    await expect(fs.readdir(backups())).rejects.toThrow(/ENOENT/)
  })

  it('lists nothing when no backup was ever written', async () => {
    expect(await call('backup:listAutomatic', trusted)).toEqual({ ok: true, value: { location: backups(), files: [] } })
  })
})

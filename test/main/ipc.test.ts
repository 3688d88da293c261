import { promises as fs } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Menu, nativeTheme, type IpcMainInvokeEvent } from 'electron'
import { clipboardMock, dialogMock, ipcHandlers } from '../support/electronMock'
import { registerIpcHandlers } from '../../src/main/ipc/register'
import { isFromAppFrame } from '../../src/main/ipc/guard'
import { MAX_OPEN_FILE_BYTES } from '../../src/shared/ipc'

const frame = { url: 'app://desk/index.html' }
const trusted = { sender: { id: 1, mainFrame: frame }, senderFrame: frame } as unknown as IpcMainInvokeEvent
const evil = { url: 'https://evil.example/' }
const foreign = { sender: { id: 1, mainFrame: evil }, senderFrame: evil } as unknown as IpcMainInvokeEvent

const dataFolder = mkdtempSync(join(tmpdir(), 'desk-ipc-data-'))
registerIpcHandlers({ isTrustedSender: (event) => isFromAppFrame(event, () => 1, ['app://desk']), dataLocation: () => '/data/here', dataFolder: () => dataFolder })

const call = (channel: string, event: IpcMainInvokeEvent, args: unknown) => {
  const handler = ipcHandlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, args) as Promise<{ ok: boolean; value?: unknown; error?: string }>
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-ipc-'))
  dialogMock.showSaveDialog.mockReset()
  dialogMock.showOpenDialog.mockReset()
})

describe('IPC handlers', () => {
  it('registers every channel of the contract', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(['app:info', 'app:setTheme', 'backup:listAutomatic', 'backup:readAutomatic', 'backup:writeAutomatic', 'clipboard:write', 'file:open', 'file:save', 'file:saveFolder', 'storage:free'])
  })

  /** Arguments each channel would accept: a refusal must come from the sender check, not the schema. */
  const VALID: Record<string, unknown> = {
    'app:info': undefined,
    'app:setTheme': 'dark',
    'backup:listAutomatic': undefined,
    'backup:readAutomatic': { name: 'auto-2026-01-01T00-00-00-000Z.json' },
    'backup:writeAutomatic': { created: '2026-01-01T00:00:00.000Z', content: '{}' },
    'file:open': { multiple: true },
    'file:save': { suggestedName: 'n.md', content: 'x' },
    'file:saveFolder': { suggestedName: 'vault', onExisting: 'replace', files: [{ path: 'a.md', content: 'x' }] },
    'storage:free': undefined,
    'clipboard:write': { text: 'x' }
  }

  it.each(Object.keys(VALID))('%s refuses a foreign sender and does nothing', async (channel) => {
    vi.mocked(Menu.getApplicationMenu).mockClear()
    nativeTheme.themeSource = 'system'
    expect(await call(channel, trusted, VALID[channel])).not.toMatchObject({ error: expect.stringContaining('Invalid') })
    dialogMock.showSaveDialog.mockReset()
    dialogMock.showOpenDialog.mockReset()
    vi.mocked(Menu.getApplicationMenu).mockClear()
    nativeTheme.themeSource = 'system'
    const before = await fs.readdir(dataFolder, { recursive: true })
    const result = await call(channel, foreign, VALID[channel])
    expect(result).toEqual({ ok: false, error: expect.stringContaining("did not come from the app's own window") })
    expect(dialogMock.showSaveDialog).not.toHaveBeenCalled()
    expect(dialogMock.showOpenDialog).not.toHaveBeenCalled()
    expect(Menu.getApplicationMenu).not.toHaveBeenCalled()
    expect(nativeTheme.themeSource).toBe('system')
    expect(await fs.readdir(dataFolder, { recursive: true })).toEqual(before)
    clipboardMock.written.length = 0
  })

  it('puts the text and its HTML on the clipboard, and refuses anything else', async () => {
    clipboardMock.written.length = 0
    expect(await call('clipboard:write', trusted, { text: '> quote\n\n(MDES, 2025)', html: '<blockquote>quote</blockquote>' })).toEqual({ ok: true, value: true })
    expect(clipboardMock.written).toEqual([{ 'text/plain': '> quote\n\n(MDES, 2025)', 'text/html': '<blockquote>quote</blockquote>' }])
    expect(await call('clipboard:write', trusted, { text: 'x', html: 'y', rtf: 'z' })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid') })
    expect(await call('clipboard:write', trusted, { text: 'x'.repeat(1024 * 1024 + 1) })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid') })
    expect(await call('clipboard:write', foreign, { text: 'x' })).toMatchObject({ ok: false })
    expect(clipboardMock.written).toHaveLength(1)
  })

  it('rejects malformed arguments with a message naming the field', async () => {
    const result = await call('file:save', trusted, { suggestedName: '../x.md', content: 42 })
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/Invalid "file:save" request: (suggestedName|content)/)
    expect(await call('app:setTheme', trusted, 'purple')).toMatchObject({ ok: false, error: expect.stringContaining('Invalid') })
  })

  it('sets the theme and checks its radio item in the View menu', async () => {
    const items: Record<string, { checked: boolean }> = { 'theme:system': { checked: true }, 'theme:dark': { checked: false } }
    vi.mocked(Menu.getApplicationMenu).mockReturnValue({ getMenuItemById: (id: string) => items[id] ?? null } as never)
    expect(await call('app:setTheme', trusted, 'dark')).toEqual({ ok: true, value: 'dark' })
    expect(nativeTheme.themeSource).toBe('dark')
    expect(items['theme:dark']!.checked).toBe(true)
  })

  it('refuses folder paths that would leave the chosen folder', async () => {
    const result = await call('file:saveFolder', trusted, {
      suggestedName: 'vault',
      onExisting: 'replace',
      files: [{ path: '../outside.md', content: 'x' }]
    })
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('stay inside the chosen folder') })
    expect(dialogMock.showOpenDialog).not.toHaveBeenCalled()
  })

  it('saves the content to the path the user chose', async () => {
    const target = join(dir, 'notes.md')
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await call('file:save', trusted, { suggestedName: 'notes.md', content: '# ADM 2030\n' })
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } })
    expect(await fs.readFile(target, 'utf8')).toBe('# ADM 2030\n')
    expect(await fs.readdir(dir)).toEqual(['notes.md'])
  })

  it('reports a cancelled dialog as not saved and writes nothing', async () => {
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await call('file:save', trusted, { suggestedName: 'n.md', content: 'x' })).toEqual({ ok: true, value: { saved: false } })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('writes a folder, skipping existing files unless asked to replace', async () => {
    await fs.writeFile(join(dir, 'index.md'), 'mine')
    dialogMock.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] })
    const files = [
      { path: 'index.md', content: 'export' },
      { path: 'initiatives/ADM 2030.md', content: 'adm' }
    ]
    const skip = await call('file:saveFolder', trusted, { suggestedName: 'vault', onExisting: 'skip', files })
    expect(skip).toEqual({ ok: true, value: { saved: true, folder: dir, written: 1, skipped: ['index.md'] } })
    expect(await fs.readFile(join(dir, 'index.md'), 'utf8')).toBe('mine')
    expect(await fs.readFile(join(dir, 'initiatives/ADM 2030.md'), 'utf8')).toBe('adm')
    await call('file:saveFolder', trusted, { suggestedName: 'vault', onExisting: 'replace', files })
    expect(await fs.readFile(join(dir, 'index.md'), 'utf8')).toBe('export')
  })

  it('updates only the files an earlier export made, leaving the user’s own files alone', async () => {
    dialogMock.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] })
    await call('file:saveFolder', trusted, { suggestedName: 'vault', onExisting: 'update', files: [{ path: 'Initiatives/ADM 2030.md', content: 'v1' }] })
    await fs.writeFile(join(dir, 'index.md'), 'my own index')
    await fs.writeFile(join(dir, 'Initiatives/My essay.md'), 'mine')
    const files = [
      { path: 'Initiatives/ADM 2030.md', content: 'v2' },
      { path: 'index.md', content: 'export index' }
    ]
    const update = await call('file:saveFolder', trusted, { suggestedName: 'vault', onExisting: 'update', files })
    expect(update).toEqual({ ok: true, value: { saved: true, folder: dir, written: 1, skipped: ['index.md'] } })
    expect(await fs.readFile(join(dir, 'Initiatives/ADM 2030.md'), 'utf8')).toBe('v2')
    expect(await fs.readFile(join(dir, 'index.md'), 'utf8')).toBe('my own index')
    expect(await fs.readFile(join(dir, 'Initiatives/My essay.md'), 'utf8')).toBe('mine')
  })

  it('opens chosen files and refuses only the one over the size limit, naming why', async () => {
    const small = join(dir, 'release.html')
    const big = join(dir, 'huge.pdf')
    await fs.writeFile(small, '<p>ADGMIN</p>')
    await fs.writeFile(big, '')
    await fs.truncate(big, MAX_OPEN_FILE_BYTES + 1)
    dialogMock.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [small] })
    const ok = await call('file:open', trusted, { multiple: true })
    expect(ok.ok).toBe(true)
    const [file] = ok.value as { name: string; size: number; bytes: Uint8Array }[]
    expect(file?.name).toBe('release.html')
    expect(new TextDecoder().decode(file?.bytes)).toBe('<p>ADGMIN</p>')
    dialogMock.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [small, big] })
    const both = await call('file:open', trusted, { multiple: true })
    expect(both.ok).toBe(true)
    expect((both.value as { name: string; refused?: string }[]).map((f) => [f.name, f.refused])).toEqual([
      ['release.html', undefined],
      ['huge.pdf', 'the file is larger than the 50 MB limit.']
    ])
  })

  it('answers app:info with the version and data location', async () => {
    expect(await call('app:info', trusted, undefined)).toEqual({
      ok: true,
      value: { name: 'ASEAN Digital Desk', version: '0.0.0-test', platform: 'electron', dataLocation: '/data/here' }
    })
  })
})

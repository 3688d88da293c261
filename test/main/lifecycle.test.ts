import { describe, expect, it, vi } from 'vitest'
import { BrowserWindow, app, protocol, session, type IpcMainInvokeEvent } from 'electron'
import { ipcHandlers } from '../support/electronMock'

/** The main window as the real `index.ts` creates it: our web contents, id 1, showing app://desk. */
const mainFrame = { url: 'app://desk/index.html#/notes' }
const contents = { id: 1, mainFrame, on: vi.fn(), send: vi.fn(), session: {} }

describe('main process start-up (src/main/index.ts, unstubbed)', async () => {
  vi.mocked(BrowserWindow).mockImplementation(function () {
    return { webContents: contents, on: vi.fn(), once: vi.fn(), loadURL: vi.fn(async () => undefined), show: vi.fn(), maximize: vi.fn() }
  } as never)
  await import('../../src/main/index')
  await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalled())
  await vi.waitFor(() => expect(ipcHandlers.has('app:info')).toBe(true))

  it('asks for the single-instance lock and serves the app:// protocol', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(vi.mocked(protocol.handle).mock.calls.map((c) => c[0])).toContain('app')
  })

  it('installs the offline filter on the default session before the window opens', () => {
    const filter = vi.mocked(session.defaultSession.webRequest.onBeforeRequest)
    expect(filter).toHaveBeenCalled()
    const listener = filter.mock.calls[0]![0] as unknown as (d: { url: string; method: string; resourceType: string }, cb: (r: { cancel: boolean }) => void) => void
    const cancel = (url: string) => {
      let cancelled: boolean | undefined
      listener({ url, method: 'GET', resourceType: 'other' }, (r) => (cancelled = r.cancel))
      return cancelled
    }
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(cancel('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true)
    expect(cancel('app://desk/index.html')).toBe(false)
    expect(filter.mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(BrowserWindow).mock.invocationCallOrder[0]!)
  })

  it('answers IPC only from the main frame of its own window on its own origin, with the real sender check', async () => {
    const call = (event: unknown) => ipcHandlers.get('app:info')!(event as IpcMainInvokeEvent, undefined) as Promise<{ ok: boolean; error?: string }>
    expect(await call({ sender: contents, senderFrame: mainFrame })).toMatchObject({ ok: true })
    const refused = { ok: false, error: expect.stringContaining("did not come from the app's own window") }
    expect(await call({ sender: { id: 2, mainFrame }, senderFrame: mainFrame })).toEqual(refused)
    expect(await call({ sender: contents, senderFrame: { url: 'app://desk/frame.html' } })).toEqual(refused)
    const away = { url: 'https://evil.example/' }
    expect(await call({ sender: { id: 1, mainFrame: away }, senderFrame: away })).toEqual(refused)
    expect(await call({ sender: contents, senderFrame: null })).toEqual(refused)
  })
})

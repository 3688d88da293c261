import { describe, expect, it, vi } from 'vitest'
import type { Session } from 'electron'
import { enforceOffline, staysLocal } from '../../src/main/offline'

function fakeSession() {
  let listener: ((details: { url: string; method: string; resourceType: string }, callback: (r: { cancel?: boolean }) => void) => void) | undefined
  const session = { webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) } } as unknown as Session
  const request = (url: string): boolean | undefined => {
    let cancelled: boolean | undefined
    listener?.({ url, method: 'GET', resourceType: 'xhr' }, (r) => (cancelled = r.cancel))
    return cancelled
  }
  return { session, request, registered: () => listener !== undefined }
}

describe('offline guarantee', () => {
  it('cancels and logs every request that would leave the machine', () => {
    const fake = fakeSession()
    const log = vi.fn()
    enforceOffline(fake.session, [], log)
    expect(fake.registered()).toBe(true)
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://127.0.0.1:5199/index.html',
      'ws://evil.example/socket',
      'file:///etc/passwd',
      'app://other/index.html',
      'ftp://example.org/x',
      'not a url'
    ])
      expect(fake.request(url), url).toBe(true)
    expect(log).toHaveBeenCalledTimes(7)
    expect(log.mock.calls[0]?.[0]).toMatch(/^Blocked a request that would leave the machine: GET https:\/\/redirector\.gvt1\.com/)
  })

  it('lets the app, DevTools and in-page data through', () => {
    const fake = fakeSession()
    const log = vi.fn()
    enforceOffline(fake.session, [], log)
    for (const url of ['app://desk/index.html', 'app://desk/dataset/meetings.json', 'devtools://devtools/bundled/inspector.html', 'data:,x', 'blob:app://desk/0b2c'])
      expect(fake.request(url), url).toBe(false)
    expect(log).not.toHaveBeenCalled()
  })

  it('lets the dev server and its HMR socket through only when one is configured', () => {
    expect(staysLocal('http://localhost:5173/src/main.tsx', ['http://localhost:5173'])).toBe(true)
    expect(staysLocal('ws://localhost:5173/', ['http://localhost:5173'])).toBe(true)
    expect(staysLocal('http://localhost:5174/', ['http://localhost:5173'])).toBe(false)
    expect(staysLocal('http://localhost:5173/src/main.tsx')).toBe(false)
  })
})

import { promises as fs, mkdtempSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { protocol } from 'electron'
import { metaContentSecurityPolicy, mimeTypeFor } from '../../src/main/appContent'
import { CONTENT_SECURITY_POLICY, resolveAppPath, serveAppProtocol } from '../../src/main/protocol'
import { startStaticServer } from '../../scripts/static-server'

const roots = { renderer: '/app/out/renderer', dataset: '/app/resources/dataset' }

describe('app:// path resolution', () => {
  it('serves the renderer and the dataset from their folders', () => {
    expect(resolveAppPath('app://desk/index.html', roots)).toBe('/app/out/renderer/index.html')
    expect(resolveAppPath('app://desk/', roots)).toBe('/app/out/renderer/index.html')
    expect(resolveAppPath('app://desk/assets/index-1.js', roots)).toBe('/app/out/renderer/assets/index-1.js')
    expect(resolveAppPath('app://desk/dataset/meetings.json', roots)).toBe('/app/resources/dataset/meetings.json')
  })

  it.each(['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd'])('keeps dot segments of %s inside the root', (url) => {
    expect(resolveAppPath(url, roots)).toBe('/app/out/renderer/etc/passwd')
  })

  it.each([
    'app://desk/dataset/..%2f..%2fsecret',
    'app://desk/dataset/%2e%2e%2f%2e%2e%2fsecret',
    'app://desk/assets%5c..%5c..%5cx',
    'app://other/index.html',
    'https://desk/index.html',
    'app://desk/%E0%A4%A',
    'not a url'
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, roots)).toBeNull()
  })
})

describe('the app:// handler Electron runs', () => {
  let handler: (request: Request) => Promise<Response>
  let base: string
  let webRoots: { rendererDir: string; datasetDir: string }
  beforeAll(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'desk-protocol-')))
    const renderer = join(base, 'out/renderer')
    const dataset = join(base, 'resources/dataset')
    await fs.mkdir(join(renderer, 'assets'), { recursive: true })
    await fs.mkdir(dataset, { recursive: true })
    await fs.writeFile(join(renderer, 'index.html'), '<!doctype html><title>Desk</title>')
    await fs.writeFile(join(renderer, 'assets/index-1.js'), 'console.log(1)')
    await fs.writeFile(join(dataset, 'meetings.json'), '[]')
    await fs.writeFile(join(base, 'secret.txt'), 'secret')
    await fs.symlink(join(base, 'secret.txt'), join(renderer, 'linked.txt'))
    webRoots = { rendererDir: renderer, datasetDir: dataset }
    vi.mocked(protocol.handle).mockClear()
    serveAppProtocol(protocol, () => ({ renderer, dataset }))
    expect(vi.mocked(protocol.handle).mock.calls[0]?.[0]).toBe('app')
    handler = vi.mocked(protocol.handle).mock.calls[0]![1] as unknown as typeof handler
  })

  const get = async (url: string) => {
    const response = await handler(new Request(url))
    return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options'), body: await response.text() }
  }

  it('answers the entry, a script and a dataset file with their types and the strict policy', async () => {
    for (const [url, type, body] of [
      ['app://desk/', 'text/html; charset=utf-8', '<!doctype html><title>Desk</title>'],
      ['app://desk/assets/index-1.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://desk/dataset/meetings.json', 'application/json; charset=utf-8', '[]']
    ] as const) {
      expect(await get(url)).toEqual({ status: 200, type, csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff', body })
    }
    const csp = (await get('app://desk/index.html')).csp!
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]))
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })

  it.each([
    'app://desk/../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/..%2fsecret.txt',
    'app://desk/..%2f..%2fsecret.txt',
    'app://desk/dataset/..%2f..%2f..%2fsecret.txt',
    'app://desk/assets%5c..%5c..%5c..%5csecret.txt',
    'app://desk/%00index.html',
    'app://desk/linked.txt',
    'app://desk/assets',
    'app://desk/missing.js',
    'app://other/index.html'
  ])('answers %s with 404, still under the policy', async (url) => {
    const response = await get(url)
    expect(response).toMatchObject({ status: 404, csp: CONTENT_SECURITY_POLICY })
    expect(response.body).not.toContain('secret')
  })

  it('is what the web server sends too, for the same requests', async () => {
    const server = await startStaticServer(webRoots)
    try {
      for (const path of ['', 'assets/index-1.js', 'dataset/meetings.json', '..%2fsecret.txt', 'linked.txt']) {
        const web = await fetch(server.url + path)
        const app = await handler(new Request(`app://desk/${path}`))
        expect([web.status, web.headers.get('content-type'), web.headers.get('content-security-policy'), await web.text()]).toEqual([app.status, app.headers.get('content-type'), app.headers.get('content-security-policy'), await app.text()])
      }
    } finally {
      await server.close()
    }
  })

  it('writes the same policy into the page, less what a meta policy cannot carry', () => {
    expect(metaContentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
    expect(metaContentSecurityPolicy(true)).toContain("script-src 'self' 'unsafe-inline'")
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream')
  })
})

import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from '../../src/main/protocol'

const roots = { renderer: '/app/out/renderer', dataset: '/app/resources/dataset' }

describe('app:// protocol', () => {
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

  it('sends a strict policy and correct types', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:/)
    expect(mimeTypeFor('a/b.js')).toMatch(/javascript/)
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream')
  })
})

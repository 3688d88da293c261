/**
 * What the app's pages are served with, in one place for every server of the built renderer: the
 * `app://desk/` protocol in Electron (`protocol.ts`), the loopback web server (`npm run web`, the
 * end-to-end tests: `scripts/static-server.ts`) and the `<meta>` policy Vite writes into
 * index.html (`scripts/vite-csp-plugin.ts`). Plain Node, no Electron, so all three can load it.
 *
 * When changing the policy: the e2e suite checks it refuses inline script (`import.test.ts`), and
 * `test/main/protocol.test.ts` runs the real `app://` handler and reads the header it sends.
 */
import { promises as fs } from 'node:fs'
import { extname, resolve } from 'node:path'
import { isInside } from './fs/confined'

const POLICY: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"]
]

const join = (policy: ReadonlyArray<readonly [string, string]>): string => policy.map(([name, value]) => `${name} ${value}`).join('; ')

/** The policy every served file carries as a header. */
export const CONTENT_SECURITY_POLICY = join(POLICY)

/**
 * The policy for index.html's `<meta>`: without `frame-ancestors`, which a meta policy ignores
 * (and logs an error for). `dev`: Vite's dev server also needs React's inline refresh preamble,
 * inline styles and its HMR socket.
 */
export function metaContentSecurityPolicy(dev = false): string {
  const policy = POLICY.filter(([name]) => name !== 'frame-ancestors')
  if (!dev) return join(policy)
  const extra: Record<string, string> = { 'script-src': " 'unsafe-inline'", 'style-src': " 'unsafe-inline'", 'connect-src': ' ws: http://localhost:*' }
  return join(policy.map(([name, value]) => [name, value + (extra[name] ?? '')] as const))
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
}

export function mimeTypeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export interface AppRoots {
  renderer: string
  dataset: string
}

/**
 * Maps a URL's decoded path to a file inside one of the roots (`/dataset/…` to the dataset, the
 * rest to the renderer), or null when it tries to leave its root (`..`, backslashes, NUL).
 */
export function resolveContentPath(pathname: string, roots: AppRoots): string | null {
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const [root, rest] = pathname.startsWith('/dataset/')
    ? [roots.dataset, pathname.slice('/dataset/'.length)]
    : [roots.renderer, pathname === '/' ? 'index.html' : pathname.slice(1)]
  const base = resolve(root)
  const target = resolve(base, rest)
  return isInside(base, target) ? target : null
}

/** The decoded path of a URL, or null when it is not a URL or its escapes are malformed. */
export function decodedPathname(url: string, base?: string): string | null {
  try {
    return decodeURIComponent(new URL(url, base).pathname)
  } catch {
    return null
  }
}

export interface ContentResponse {
  status: 200 | 404
  headers: Record<string, string>
  body: Uint8Array | string
}

const notFound = (): ContentResponse => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY }, body: 'Not found' })

/**
 * The response for a decoded path: the file with its type and the policy, or 404. A file must be
 * a regular file whose real path is still inside the real root (a link out of the build is 404).
 */
export async function contentFor(pathname: string | null, roots: AppRoots): Promise<ContentResponse> {
  const path = pathname === null ? null : resolveContentPath(pathname, roots)
  if (!path) return notFound()
  try {
    const root = await fs.realpath(pathname?.startsWith('/dataset/') ? roots.dataset : roots.renderer)
    const real = await fs.realpath(path)
    if (!isInside(root, real) || !(await fs.stat(real)).isFile()) return notFound()
    return {
      status: 200,
      headers: { 'content-type': mimeTypeFor(path), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      body: await fs.readFile(real)
    }
  } catch {
    return notFound()
  }
}

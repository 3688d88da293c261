/**
 * The `app://desk/` protocol serves the built renderer and the shipped dataset from disk, so the
 * window never loads a remote URL and never runs from `file://` (which would let a page read any
 * local file). Resolution is a pure function so path traversal is tested without Electron.
 */
import { extname, resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'"
].join('; ')

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
  '.txt': 'text/plain; charset=utf-8',
  '.html.txt': 'text/plain; charset=utf-8'
}

/**
 * `scheme://host` of a URL. Node's `URL#origin` is "null" for schemes it does not know (such as
 * `app:`), so origins are compared by protocol and host instead. Null for unparseable input.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

export function mimeTypeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export interface AppRoots {
  renderer: string
  dataset: string
}

/**
 * Maps an `app://desk/...` URL to a file inside one of the roots, or null when the URL is
 * foreign or tries to leave its root (`..`, encoded separators, absolute paths).
 */
export function resolveAppPath(requestUrl: string, roots: AppRoots): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const [root, rest] = pathname.startsWith('/dataset/')
    ? [roots.dataset, pathname.slice('/dataset/'.length)]
    : [roots.renderer, pathname === '/' ? 'index.html' : pathname.slice(1)]
  const base = resolve(root)
  const target = resolve(base, rest)
  return target.startsWith(base + sep) ? target : null
}

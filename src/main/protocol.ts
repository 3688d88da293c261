/**
 * The `app://desk/` protocol serves the built renderer and the shipped dataset from disk, so the
 * window never loads a remote URL and never runs from `file://` (which would let a page read any
 * local file). What a file is served with (policy, types, the root-confined resolver) lives in
 * `appContent.ts`, shared with the web server.
 */
import type { Protocol } from 'electron'
import { contentFor, decodedPathname, resolveContentPath, type AppRoots } from './appContent'

export { CONTENT_SECURITY_POLICY, mimeTypeFor, type AppRoots } from './appContent'

export const APP_SCHEME = 'app'
export const APP_HOST = 'desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

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

/** The decoded path of an `app://desk/` URL; null for any other scheme or host. */
function appPathname(requestUrl: string): string | null {
  return originOf(requestUrl) === APP_ORIGIN ? decodedPathname(requestUrl) : null
}

/**
 * Maps an `app://desk/...` URL to a file inside one of the roots, or null when the URL is
 * foreign or tries to leave its root (`..`, encoded separators, absolute paths).
 */
export function resolveAppPath(requestUrl: string, roots: AppRoots): string | null {
  const pathname = appPathname(requestUrl)
  return pathname === null ? null : resolveContentPath(pathname, roots)
}

/** The `app:` handler: every answer, a file or a 404, carries the policy. */
export function appProtocolHandler(roots: () => AppRoots): (request: Request) => Promise<Response> {
  return async (request) => {
    const { status, headers, body } = await contentFor(appPathname(request.url), roots())
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status, headers })
  }
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, roots: () => AppRoots): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(roots))
}

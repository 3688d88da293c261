/**
 * The offline guarantee, enforced rather than assumed: every request a session makes that does
 * not stay on the machine is cancelled and logged. Only the app's own protocol, DevTools, and
 * in-page `data:`/`blob:` URLs pass; in development also the Vite dev server on loopback.
 * Spellcheck is off in `window.ts` (its dictionaries come from a remote CDN); this filter would
 * stop that download too.
 */
import type { Session } from 'electron'
import { APP_ORIGIN, originOf } from './protocol'

const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:'])

/** True when `url` stays on the machine: `app://desk`, DevTools, data/blob, or one of `devOrigins`. */
export function staysLocal(url: string, devOrigins: readonly string[] = []): boolean {
  let protocol: string
  try {
    protocol = new URL(url).protocol
  } catch {
    return false
  }
  if (LOCAL_SCHEMES.has(protocol)) return true
  const origin = originOf(url)
  if (origin === APP_ORIGIN) return true
  if (!origin) return false
  // The dev server's HMR socket: same host and port, ws instead of http.
  return devOrigins.some((dev) => origin === dev || origin === dev.replace(/^http/, 'ws'))
}

/**
 * Cancels in `session` every request for which `staysLocal` is false, and reports it through
 * `log` (the console by default) so a blocked call is seen, not silently lost.
 */
export function enforceOffline(session: Pick<Session, 'webRequest'>, devOrigins: readonly string[] = [], log: (message: string) => void = console.warn): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const local = staysLocal(details.url, devOrigins)
    if (!local) log(`Blocked a request that would leave the machine: ${details.method} ${details.url} (${details.resourceType})`)
    callback({ cancel: !local })
  })
}

import { createReadStream, existsSync, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

/**
 * In `electron-vite dev` the renderer comes from Vite's dev server: serve `/dataset/*` from
 * `resources/dataset` there, as the `app://` protocol and the web server do in a build. The dev
 * server also needs React's inline refresh preamble, so its CSP allows inline scripts and the
 * HMR socket; built pages keep the strict policy from index.html.
 */
export function serveDatasetInDev(datasetDir: string): Plugin {
  return {
    name: 'desk:serve-dataset-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/dataset', (req, res, next) => {
        const path = resolve(datasetDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').slice(1))
        if (!path.startsWith(resolve(datasetDir) + sep) || !existsSync(path) || !statSync(path).isFile()) return next()
        res.setHeader('content-type', path.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8')
        createReadStream(path).pipe(res)
      })
    },
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    }
  }
}

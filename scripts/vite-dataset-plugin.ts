import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Plugin } from 'vite'
import { decodedPathname, metaContentSecurityPolicy, mimeTypeFor, resolveContentPath } from '../src/main/appContent'

/**
 * In `electron-vite dev` the renderer comes from Vite's dev server: serve `/dataset/*` from
 * `resources/dataset` there, as the `app://` protocol and the web server do in a build.
 */
export function serveDatasetInDev(datasetDir: string): Plugin {
  return {
    name: 'desk:serve-dataset-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/dataset', (req, res, next) => {
        const pathname = decodedPathname(`/dataset${req.url ?? '/'}`, 'http://localhost')
        const path = pathname === null ? null : resolveContentPath(pathname, { dataset: datasetDir, renderer: datasetDir })
        if (!path) return next()
        stat(path).then(
          (s) => {
            if (!s.isFile()) return next()
            res.setHeader('content-type', mimeTypeFor(path))
            createReadStream(path).pipe(res)
          },
          () => next()
        )
      })
    }
  }
}

/**
 * Writes the app's policy (src/main/appContent.ts) into index.html as a `<meta>`, first in the
 * head: the build gets the strict one; the dev server the one that lets React's refresh preamble
 * and the HMR socket through.
 */
export function contentSecurityPolicyMeta(): Plugin {
  let dev = false
  return {
    name: 'desk:csp-meta',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(dev) }, injectTo: 'head-prepend' }]
    }
  }
}

// Serves the built renderer and the shipped dataset over http on the loopback interface, with the
// same CSP the desktop app sends. Used by `npm run web` and by the end-to-end tests.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.html.txt': 'text/plain; charset=utf-8'
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'"

function inside(root, relative) {
  const base = resolve(root)
  const target = resolve(base, relative)
  return target.startsWith(base + sep) ? target : null
}

/**
 * @param {{ rendererDir: string, datasetDir: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ rendererDir, datasetDir, port = 0, host = '127.0.0.1' }) {
  const server = createServer(async (req, res) => {
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      res.writeHead(400).end('Bad request')
      return
    }
    const file = pathname.startsWith('/dataset/')
      ? inside(datasetDir, pathname.slice('/dataset/'.length))
      : inside(rendererDir, pathname === '/' ? 'index.html' : pathname.slice(1))
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file')
      const body = await readFile(file)
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache'
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    }
  })
  await new Promise((done) => server.listen(port, host, done))
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise((done) => server.close(() => done()))
  }
}

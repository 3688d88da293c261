// Serves the built renderer and the shipped dataset over http on the loopback interface, with
// what the desktop app's `app://` protocol sends (src/main/appContent.ts). Used by `npm run web`,
// the end-to-end tests and the benchmarks.
import { createServer } from 'node:http'
import { contentFor, decodedPathname } from '../src/main/appContent'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function startStaticServer(options: { rendererDir: string; datasetDir: string; port?: number; host?: string }): Promise<StaticServer> {
  const { rendererDir, datasetDir, port = 0, host = '127.0.0.1' } = options
  const server = createServer((req, res) => {
    void contentFor(decodedPathname(req.url ?? '/', 'http://localhost'), { renderer: rendererDir, dataset: datasetDir }).then(({ status, headers, body }) => {
      res.writeHead(status, { ...headers, 'cache-control': 'no-cache' }).end(body)
    })
  })
  await new Promise<void>((done) => server.listen(port, host, done))
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise<void>((done) => server.close(() => done()))
  }
}

// `npm run web`: builds the renderer and serves it at http://127.0.0.1:${PORT:-5199} for any browser.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startStaticServer } from './static-server'

const root = resolve(fileURLToPath(import.meta.url), '../..')
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit'
  })
}
const port = Number(process.env.PORT ?? 5199)
const server = await startStaticServer({
  rendererDir: resolve(root, 'out/renderer'),
  datasetDir: resolve(root, 'resources/dataset'),
  port
})
console.log(`ASEAN Digital Desk is served at ${server.url}  (Ctrl+C to stop)`)

// `npm run dist:check`: packs the app with electron-builder as `--linux dir`, using a stub in
// place of the Electron binary (which cannot be downloaded offline), so the package layout can
// be checked anywhere: dist/linux-unpacked/resources/{app.asar,dataset/}.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const stub = resolve(root, '.electron-stub')
mkdirSync(stub, { recursive: true })
writeFileSync(resolve(stub, 'electron'), '#!/bin/sh\necho "stub Electron used by npm run dist:check; run npm run dist on a machine with internet"\n')
chmodSync(resolve(stub, 'electron'), 0o755)

const run = (bin, args) => execFileSync(process.execPath, [resolve(root, bin), ...args], { cwd: root, stdio: 'inherit' })
run('node_modules/electron-vite/bin/electron-vite.js', ['build'])
run('node_modules/electron-builder/cli.js', ['--linux', 'dir', `-c.electronDist=${stub}`, '--publish', 'never'])
console.log(`Packed into ${resolve(root, 'dist/linux-unpacked')}`)

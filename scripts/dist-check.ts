// `npm run dist:check`: packs the app with electron-builder as `--linux dir`, using a stub in
// place of the Electron binary (which cannot be downloaded offline), so the package layout can
// be checked anywhere: dist/linux-unpacked/resources/{app.asar,dataset/}. The stub carries an
// unflipped fuse wire, so the pack's fuse flipping runs on it as on a real binary. With
// ELECTRON_OVERRIDE_DIST_PATH set to a real Electron build, that build is packed instead.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultFuseWire } from './fuseWire'

const root = resolve(fileURLToPath(import.meta.url), '../..')

function stubElectron(): string {
  const stub = resolve(root, '.electron-stub')
  mkdirSync(stub, { recursive: true })
  const script = '#!/bin/sh\necho "stub Electron used by npm run dist:check; run npm run dist on a machine with internet"\nexit 0\n# '
  writeFileSync(resolve(stub, 'electron'), Buffer.concat([Buffer.from(script), defaultFuseWire(), Buffer.from('\n')]))
  chmodSync(resolve(stub, 'electron'), 0o755)
  return stub
}

const dist = process.env['ELECTRON_OVERRIDE_DIST_PATH'] || stubElectron()
const run = (bin: string, args: string[]) => execFileSync(process.execPath, [resolve(root, bin), ...args], { cwd: root, stdio: 'inherit' })
run('node_modules/electron-vite/bin/electron-vite.js', ['build'])
run('node_modules/electron-builder/cli.js', ['--linux', 'dir', `-c.electronDist=${dist}`, '--publish', 'never'])
console.log(`Packed into ${resolve(root, 'dist/linux-unpacked')} with ${dist.endsWith('.electron-stub') ? 'a stub' : 'the Electron'} binary from ${dist}`)

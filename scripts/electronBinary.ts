/**
 * Where the Electron binary is, without `require('electron')` (which downloads it when absent).
 * `ELECTRON_OVERRIDE_DIST_PATH` (a folder holding an Electron build) wins; otherwise the binary
 * that `npm install` put in node_modules/electron/dist on a machine with internet.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string }

export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']
  if (override) {
    const path = join(override, EXECUTABLE[process.platform] ?? 'electron')
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but it holds no ${EXECUTABLE[process.platform] ?? 'electron'}` }
  }
  const pkg = resolve(root, 'node_modules/electron')
  if (!existsSync(pkg)) return { found: false, reason: 'the electron package is not installed (run npm install)' }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return { found: false, reason: 'no Electron binary is present: node_modules/electron/dist was never downloaded (this machine has no internet; run npm install where it has, or set ELECTRON_OVERRIDE_DIST_PATH to an Electron build)' }
  const path = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? { found: true, path } : { found: false, reason: `node_modules/electron/path.txt names ${path}, which is missing` }
}

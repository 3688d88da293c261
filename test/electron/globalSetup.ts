import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const root = resolve(__dirname, '../..')

/** Builds main, preload and renderer once; the tests launch `out/main/index.js` in Electron. */
export default function setup(project: TestProject): void {
  const electronPath = process.env['DESK_ELECTRON_PATH']
  if (!electronPath || !existsSync(electronPath)) throw new Error('Run the Electron suite with npm run test:electron, which finds the Electron binary.')
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  project.provide('target', 'electron')
  project.provide('electronPath', electronPath)
  project.provide('baseUrl', 'app://desk/index.html')
  project.provide('chromiumPath', '')
}

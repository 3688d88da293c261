// `npm run test:electron`: the end-to-end specs and the Electron smoke spec against the real app,
// through Playwright's `_electron.launch`, wherever an Electron binary is present. Where none is,
// it says so and counts the suite as skipped, never as passed; it exits 0 so CI can carry on.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electronBinary'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const binary = findElectronBinary(root)
if (!binary.found) {
  console.log(`test:electron DID NOT RUN: ${binary.reason}.`)
  console.log('The Electron suite (the e2e specs and test/electron/smoke.test.ts) was skipped, not passed.')
  console.log('\n0 passed, 0 failed, 1 skipped')
  process.exit(0)
}
console.log(`test:electron: running the e2e specs against ${binary.path}`)
const result = spawnSync(resolve(root, 'node_modules/.bin/vitest'), ['run', '--project', 'electron', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DESK_E2E_TARGET: 'electron', DESK_ELECTRON_PATH: binary.path }
})
process.exit(result.status ?? 1)

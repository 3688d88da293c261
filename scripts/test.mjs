// `npm test`: typecheck, lint, the dataset's derived files, the Electron security check, then
// vitest's unit and end-to-end projects. Stops at the first failing step; vitest's reporter
// prints the closing line `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const bin = (name) => resolve(root, 'node_modules/.bin', name)

const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.node.json']],
  ['typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json']],
  ['typecheck (tests)', bin('tsc'), ['-p', 'tsconfig.test.json']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['dataset derived files', bin('tsx'), ['scripts/dataset/build.ts', '--check']],
  ['electronegativity', process.execPath, ['scripts/security.mjs']],
  ['vitest', bin('vitest'), ['run', ...process.argv.slice(2)]]
]

for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`)
    if (label !== 'vitest') console.log('\n0 passed, 1 failed, 0 skipped')
    process.exit(result.status ?? 1)
  }
  // vitest's closing summary must stay the last line of the run.
  if (label !== 'vitest') console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

// `npm run bench [-- --docs N] [-- --import-docs N]`: the search benchmark, then the import
// benchmark in Chromium. Arguments go to both; each reads its own.
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const run = (nodeArgs) => {
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
run(['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', 'bench/search.ts'])
run(['--import', 'tsx', 'bench/import.ts'])

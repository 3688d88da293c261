/** `npx tsx scripts/relevance.ts <folder>...`: prints MRR@10 of our engine and MiniSearch per corpus folder. */
import { measureRelevance } from './lib/relevance'

for (const folder of process.argv.slice(2)) {
  const run = await measureRelevance(folder)
  console.log(`${folder}: ${run.queries} queries over ${run.passages} passages — MRR@10 ours ${run.ours.toFixed(3)} (among passages ${run.oursPassages.toFixed(3)}), MiniSearch ${run.minisearch.toFixed(3)}`)
  if (process.env['QUIET']) continue
  for (const r of run.ranks) if (r.oursPassages !== 1) console.log(`  #${r.ours || '-'} passages #${r.oursPassages || '-'} (MiniSearch #${r.minisearch || '-'})  ${r.query}`)
}

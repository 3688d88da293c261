import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { measureRelevance, type RelevanceRun } from '../../scripts/lib/relevance'

const FIXTURES = resolve(import.meta.dirname, '../fixtures')

const report = (name: string, run: RelevanceRun): void => {
  const missed = run.ranks.filter((r) => r.oursPassages !== 1).map((r) => `${r.query} → #${r.oursPassages || '-'}`)
  console.log(
    `${name}: ${run.queries} queries over ${run.passages} passages. MRR@10: ours ${run.ours.toFixed(3)} overall, ` +
      `${run.oursPassages.toFixed(3)} among passages; MiniSearch ${run.minisearch.toFixed(3)}. Not first among passages: ${missed.join('; ') || 'none'}`
  )
}

/**
 * Relevance on a researcher's own documents: files imported through the app's pipeline, queries
 * labelled with the paragraph that answers them, and MiniSearch (default settings) over the same
 * passages in the same run. "Among passages" is the rank the Source passages list (or the Kind
 * filter) shows, and the only list MiniSearch makes; "overall" also counts records ranked above.
 */
describe('relevance on imported documents', () => {
  it('ranks the answering passage first: MRR@10 ≥ 0.85 and at least MiniSearch’s on the same passages', async () => {
    const run = await measureRelevance(resolve(FIXTURES, 'relevance'))
    report('imported corpus', run)
    expect(run.queries).toBeGreaterThanOrEqual(40)
    expect(run.oursPassages).toBeGreaterThanOrEqual(0.85)
    expect(run.oursPassages).toBeGreaterThanOrEqual(run.minisearch)
  }, 60_000)

  it('holds up on a held-out corpus written without sight of the engine', async () => {
    const run = await measureRelevance(resolve(FIXTURES, 'relevance-holdout'))
    report('held-out corpus', run)
    expect(run.queries).toBeGreaterThanOrEqual(40)
    expect(run.oursPassages).toBeGreaterThanOrEqual(run.minisearch)
  }, 60_000)
})

import { describe, expect, it } from 'vitest'
import { datasetDocuments } from '../../src/shared/search/documents'
import { buildIndex, search, type SearchIndex } from '../../src/shared/search/engine'
import { shippedDataset } from '../support/dataset'

const QUERIES = ['digital masterplan', 'ADM2030', 'anti-scam guidelines', 'who chaired ADGMIN 4', 'data governance cross-border', 'Viet Nam', 'cybersecurity', 'artificial intelligence governance ethics', 'subsea cables', 'Hanoi']

const results = (indexes: SearchIndex[], query: string) => search(indexes, query, {}, 30).hits.map((h) => `${h.ref} ${h.score.toFixed(6)}`)

describe('an index in segments', () => {
  it('gives every document the same score, to 6 decimals, in one segment or in many', async () => {
    const data = await shippedDataset()
    const docs = datasetDocuments(data)
    expect(docs.length).toBeGreaterThan(200)
    const whole = [buildIndex(docs)]
    // Segments of very different sizes, as imports make them: most of the corpus, a few, one.
    const cuts = [0, Math.floor(docs.length * 0.8), docs.length - 7, docs.length - 1, docs.length]
    const parts = cuts.slice(1).map((end, i) => buildIndex(docs.slice(cuts[i], end)))
    for (const query of QUERIES) {
      const one = results(whole, query)
      expect(one.length, query).toBeGreaterThan(0)
      expect(results(parts, query), query).toEqual(one)
      // The order the segments are searched in does not matter either.
      expect(results([...parts].reverse(), query), query).toEqual(one)
    }
  })
})

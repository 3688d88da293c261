/**
 * Relevance on a researcher's own documents: labelled queries over a folder of files imported
 * through the app's pipeline, scored as mean reciprocal rank over the top 10 (MRR@10) for our
 * engine and for MiniSearch (default settings) over the very same passages, in the same run.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { buildIndex, search } from '../../src/shared/search/engine'
import { toParagraphs } from '../../src/shared/text/paragraphs'
import { importFiles, libraryDocuments, loadShippedDataset } from './library'

/** Where an answer is: the paragraph of `file` (or of a shipped source, `shipped:<id>`) that holds `contains`. */
interface AnswerPlace {
  file: string
  contains: string
}

/** A query, its answer, and passages judged to answer it as well (the original of a page a corpus file copies). */
export interface LabelledQuery extends AnswerPlace {
  query: string
  alternatives?: AnswerPlace[]
}

export interface QueryRank {
  query: string
  /** Rank of the answering passage among all results (records included), 0 if not in the top 10. */
  ours: number
  /** Its rank among passages alone, as MiniSearch (which holds only passages) ranks it. */
  oursPassages: number
  minisearch: number
}

export interface RelevanceRun {
  queries: number
  passages: number
  ours: number
  oursPassages: number
  minisearch: number
  ranks: QueryRank[]
}

const mrr = (ranks: number[]): number => ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length

export async function measureRelevance(folder: string): Promise<RelevanceRun> {
  const labelled = JSON.parse(readFileSync(join(folder, 'queries.json'), 'utf8')) as LabelledQuery[]
  const { sources, failures } = await importFiles([join(folder, 'corpus')])
  if (failures.length) throw new Error(`Not imported: ${failures.map((f) => `${f.name} (${f.reason})`).join('; ')}`)
  const dataset = loadShippedDataset()
  const byFile = new Map<string, { id: string; text: string }>([...sources.map((s) => [s.fileName, s] as const), ...dataset.sources.map((s) => [`shipped:${s.id}`, s] as const)])
  const place = (query: string, answer: AnswerPlace) => {
    const source = byFile.get(answer.file)
    const paragraph = source ? toParagraphs(source.text).findIndex((p) => p.text.includes(answer.contains)) + 1 : 0
    if (!source || !paragraph) throw new Error(`No paragraph of ${answer.file} holds “${answer.contains}” (query “${query}”).`)
    return { id: source.id, paragraph }
  }
  const targets = labelled.map((l) => [l, ...(l.alternatives ?? [])].map((answer) => place(l.query, answer)))

  const docs = libraryDocuments(dataset, sources)
  const index = buildIndex(docs)
  const passages = docs.filter((d) => d.kind === 'passage')
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] })
  mini.addAll(passages.map((p) => ({ id: p.ref, text: p.body })))
  const byRef = new Map(passages.map((p) => [p.ref, p]))

  const ranks = labelled.map((l, i) => {
    const isTarget = (d: { kind: string; id: string; paragraph?: number } | undefined) =>
      d?.kind === 'passage' && targets[i]!.some((t) => d.id === t.id && d.paragraph === t.paragraph)
    const ours = search([index], l.query, {}, 10).hits.findIndex(isTarget) + 1
    const oursPassages = search([index], l.query, { kind: 'passage' }, 10).hits.findIndex(isTarget) + 1
    const minisearch = mini.search(l.query).slice(0, 10).findIndex((r) => isTarget(byRef.get(r.id as string))) + 1
    return { query: l.query, ours, oursPassages, minisearch }
  })
  const of = (key: 'ours' | 'oursPassages' | 'minisearch'): number => mrr(ranks.map((r) => r[key]))
  return { queries: labelled.length, passages: passages.length, ours: of('ours'), oursPassages: of('oursPassages'), minisearch: of('minisearch'), ranks }
}

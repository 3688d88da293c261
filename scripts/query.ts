/**
 * `npm run -s query -- "<text>"`: searches the shipped dataset and prints the top 10 results as a
 * JSON array of { kind, id, title, score }. Runs the same engine as the app.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDataset } from '../src/shared/model/parseDataset'
import { datasetDocuments } from '../src/shared/search/documents'
import { buildIndex, search } from '../src/shared/search/engine'

const dir = resolve(import.meta.dirname, '../resources/dataset')
const json = (file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'))

export function loadShippedDataset() {
  const sources = json('sources.json') as { textFile: string }[]
  const parsed = parseDataset({
    manifest: json('manifest.json'),
    sources,
    meetings: json('meetings.json'),
    initiatives: json('initiatives.json'),
    parties: json('parties.json'),
    themes: json('themes.json'),
    mentions: json('mentions.json'),
    texts: Object.fromEntries(sources.map((s) => [s.textFile, readFileSync(resolve(dir, s.textFile), 'utf8')]))
  })
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

const text = process.argv.slice(2).join(' ')
if (!text.trim()) {
  console.error('Usage: npm run -s query -- "<text>"')
  process.exit(2)
}
const index = buildIndex(datasetDocuments(loadShippedDataset()))
const outcome = search([index], text, {}, 10)
const round = (n: number) => Math.round(n * 1000) / 1000
console.log(JSON.stringify(outcome.hits.map((h) => ({ kind: h.kind, id: h.kind === 'passage' ? `${h.id}#${h.paragraph}` : h.id, title: h.title, score: round(h.score) })), null, 2))

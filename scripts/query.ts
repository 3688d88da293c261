/**
 * `npm run -s query -- [--import <file or folder>]... [--queries <file.json>] "<text>"`
 *
 * Loads the shipped dataset, imports the given files through the app's own pipeline into an
 * in-memory library, builds the search index once and prints the top 10 results as JSON:
 * `[{ kind, id, title, score, source?, paragraph?, text? }]` (a passage names its source's file
 * name or id, its paragraph number and its text). With `--queries` (a JSON array of strings) it
 * prints one such array per query, in order, as one JSON array.
 */
import { readFileSync } from 'node:fs'
import { buildIndex, search, type SearchHit, type SearchIndex } from '../src/shared/search/engine'
import { importFiles, libraryDocuments, loadShippedDataset } from './lib/library'

const USAGE = 'Usage: npm run -s query -- [--import <file or folder>]... [--queries <file.json>] "<text>"'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function readArgs(argv: readonly string[]): { imports: string[]; queriesFile: string | null; text: string } {
  const imports: string[] = []
  let queriesFile: string | null = null
  const words: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--import' || arg === '--queries') {
      const value = argv[++i]
      if (!value) fail(`${arg} needs a path.\n${USAGE}`)
      if (arg === '--import') imports.push(value)
      else queriesFile = value
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else words.push(arg)
  }
  return { imports, queriesFile, text: words.join(' ') }
}

function readQueries(file: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(`Cannot read the queries in ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!Array.isArray(parsed) || !parsed.every((q) => typeof q === 'string')) fail(`${file} must hold a JSON array of strings.`)
  return parsed
}

const round = (n: number): number => Math.round(n * 1000) / 1000

const { imports, queriesFile, text } = readArgs(process.argv.slice(2))
const queries = queriesFile ? readQueries(queriesFile) : null
if (!queries && !text.trim()) fail(USAGE)

const { sources, failures } = await importFiles(imports)
for (const f of failures) console.error(`Not imported: ${f.name}: ${f.reason}`)
const fileNameOf = new Map(sources.map((s) => [s.id, s.fileName]))
const index: SearchIndex = buildIndex(libraryDocuments(loadShippedDataset(), sources))

const row = (h: SearchHit) =>
  h.kind === 'passage'
    ? { kind: h.kind, id: h.id, title: h.title, score: round(h.score), source: fileNameOf.get(h.id) ?? h.id, paragraph: h.paragraph, text: index.docs.get(h.ref)?.body ?? '' }
    : { kind: h.kind, id: h.id, title: h.title, score: round(h.score) }
const top = (q: string) => search([index], q, {}, 10).hits.map(row)

console.log(JSON.stringify(queries ? queries.map(top) : top(text), null, 2))

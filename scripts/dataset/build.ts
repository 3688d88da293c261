/**
 * `npm run dataset:build`: regenerates the derived parts of `resources/dataset/`.
 *  - source texts from the seed documents (when `../shared/seeds` is present), with the cleaning
 *    each source record describes;
 *  - `mentions.json`, by running the shared mention finder over every source text;
 *  - `manifest.json` counts, and `contentHash`: SHA-256 over every shipped file but the manifest
 *    and this folder's README (`datasetContentHash`). The app reloads its dataset tables when
 *    the version or this hash differs from what it stored, so any change to a file reaches users
 *    even if nobody raised the version.
 *  - each source's `cleaningLog` in `sources.json` (`clean.ts`);
 * and checks the curated claims: the recall of decision sentences (`src/shared/model/recall.ts`,
 * with `unused-sentences.json`) and each claim against its quotes (`src/shared/model/claims.ts`).
 * The curated files (meetings, initiatives, parties, themes, sources but their `cleaningLog`,
 * unused sentences) are edited by hand.
 * `--check` exits non-zero if a derived file is out of date instead of writing it; both modes
 * exit non-zero when a claim check fails.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { htmlToText } from '../../src/shared/text/htmlToText'
import { findMentions, recordTerms } from '../../src/shared/mentions/findMentions'
import type { Initiative, Manifest, Meeting, Party, Source } from '../../src/shared/model/dataset'
import { allEvidence, parseDataset } from '../../src/shared/model/parseDataset'
import { checkClaims } from '../../src/shared/model/claims'
import { checkRecall, recallProblems, type UnusedSentence } from '../../src/shared/model/recall'
import { cleanSeed } from './clean'

const root = resolve(import.meta.dirname, '../..')
const datasetDir = resolve(root, 'resources/dataset')
const seedsDir = resolve(root, '../shared/seeds')
const check = process.argv.includes('--check')
const stale: string[] = []

/** What each derived file should hold; with `--check` the files on disk may still differ. */
const derived = new Map<string, string>()

const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(datasetDir, file), 'utf8')) as T
function write(file: string, content: string): void {
  const path = resolve(datasetDir, file)
  derived.set(path, content)
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null
  if (current === content) return
  if (check) stale.push(file)
  else writeFileSync(path, content)
}

/**
 * SHA-256 over the shipped files as they should be: each file's path (relative, `/`-separated,
 * sorted) and the SHA-256 of its bytes, one line each. The manifest, which holds the hash, and
 * the README, which the app never reads, are left out.
 */
function datasetContentHash(): string {
  const files = readdirSync(datasetDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(datasetDir, resolve(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => file !== 'manifest.json' && file !== 'README.md')
    .sort()
  const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
  return sha256(files.map((file) => `${file} ${sha256(derived.get(resolve(datasetDir, file)) ?? readFileSync(resolve(datasetDir, file)))}\n`).join(''))
}

const sources = read<Source[]>('sources.json')
for (const source of sources) {
  const seed = source.seedFile ? resolve(seedsDir, source.seedFile) : null
  if (!seed || !existsSync(seed)) continue
  const { text: given, log } = cleanSeed(source.id, readFileSync(seed, 'utf8'))
  source.cleaningLog = log
  write(source.file, given)
  if (source.textFile !== source.file) write(source.textFile, htmlToText(given) + '\n')
}
write('sources.json', JSON.stringify(sources, null, 2) + '\n')

const initiatives = read<Initiative[]>('initiatives.json')
const meetings = read<Meeting[]>('meetings.json')
const parties = read<Party[]>('parties.json')
const terms = recordTerms({ initiatives, meetings, parties })
const mentions = sources.flatMap((s) => findMentions(readFileSync(resolve(datasetDir, s.textFile), 'utf8'), terms, s.id))
write('mentions.json', JSON.stringify(mentions, null, 1) + '\n')

const manifest = read<Manifest>('manifest.json')
const evidence =
  meetings.reduce((n, m) => n + m.evidence.length + m.notes.reduce((k, x) => k + x.evidence.length, 0), 0) +
  initiatives.reduce(
    (n, i) => n + i.evidence.length + i.events.reduce((k, e) => k + e.evidence.length, 0) + i.related.reduce((k, r) => k + r.evidence.length, 0),
    0
  ) +
  parties.reduce((n, p) => n + p.evidence.length, 0)
const next: Manifest = {
  ...manifest,
  contentHash: datasetContentHash(),
  generatedFrom: sources.map((s) => s.id),
  counts: {
    sources: sources.length,
    meetings: meetings.length,
    initiatives: initiatives.length,
    events: initiatives.reduce((n, i) => n + i.events.length, 0),
    parties: parties.length,
    themes: read<unknown[]>('themes.json').length,
    mentions: mentions.length,
    evidenceQuotes: evidence
  }
}
write('manifest.json', JSON.stringify(next, null, 2) + '\n')

const textOf = (file: string): string => derived.get(resolve(datasetDir, file)) ?? readFileSync(resolve(datasetDir, file), 'utf8')
const parsed = parseDataset({
  manifest: next,
  sources,
  meetings,
  initiatives,
  parties,
  themes: read<unknown[]>('themes.json'),
  mentions,
  texts: Object.fromEntries(sources.map((s) => [s.textFile, textOf(s.textFile)]))
})
const problems: string[] = []
if (!parsed.ok) problems.push(parsed.error)
else {
  const dataset = parsed.value
  const recall = checkRecall({ sources: dataset.sources, evidence: allEvidence(dataset).map((e) => e.evidence), unused: read<UnusedSentence[]>('unused-sentences.json') })
  console.log(`recall: ${recall.sentences} decision sentences, ${recall.cited} cited by a quote, ${recall.listed} listed as unused, ${recall.missing.length} in neither`)
  problems.push(...recallProblems(recall), ...checkClaims(dataset))
}
if (problems.length) {
  console.error(problems.join('\n'))
  console.error(`${problems.length} claim problem(s) in the dataset.`)
}

if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run npm run dataset:build.`)
  process.exit(1)
}
console.log(`dataset: ${JSON.stringify(next.counts)}`)
if (problems.length) process.exit(1)

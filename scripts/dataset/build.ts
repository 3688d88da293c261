/**
 * `npm run dataset:build`: regenerates the derived parts of `resources/dataset/`.
 *  - source texts from the seed documents (when `../shared/seeds` is present), with the cleaning
 *    each source record describes;
 *  - `mentions.json`, by running the shared mention finder over every source text;
 *  - `manifest.json` counts.
 * The curated files (meetings, initiatives, parties, themes, sources) are edited by hand.
 * `--check` exits non-zero if a derived file is out of date instead of writing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { htmlToText } from '../../src/shared/text/htmlToText'
import { findMentions, recordTerms } from '../../src/shared/mentions/findMentions'
import type { Initiative, Manifest, Meeting, Party, Source } from '../../src/shared/model/dataset'

const root = resolve(import.meta.dirname, '../..')
const datasetDir = resolve(root, 'resources/dataset')
const seedsDir = resolve(root, '../shared/seeds')
const check = process.argv.includes('--check')
const stale: string[] = []

const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(datasetDir, file), 'utf8')) as T
function write(file: string, content: string): void {
  const path = resolve(datasetDir, file)
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null
  if (current === content) return
  if (check) stale.push(file)
  else writeFileSync(path, content)
}

/** Per-source cleaning of the seed text; each step is described in the source's `cleaning` field. */
const CLEANERS: Record<string, (text: string) => string> = {
  'sg-press-release-adgmin4': (text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''),
  'th-press-release-adgmin5': (text) => text.replaceAll('âť', '›')
}

const sources = read<Source[]>('sources.json')
for (const source of sources) {
  const seed = source.seedFile ? resolve(seedsDir, source.seedFile) : null
  if (!seed || !existsSync(seed)) continue
  const given = (CLEANERS[source.id] ?? ((t: string) => t))(readFileSync(seed, 'utf8'))
  write(source.file, given)
  if (source.textFile !== source.file) write(source.textFile, htmlToText(given) + '\n')
}

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

if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run npm run dataset:build.`)
  process.exit(1)
}
console.log(`dataset: ${JSON.stringify(next.counts)}`)

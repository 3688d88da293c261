/**
 * Generated text pages that name many known records, like the report in "Nothing lost": about
 * 40 KB each, with a known initiative, meeting or partner every 55 characters or so (about 730
 * names a page). Deterministic: same arguments, same pages. Used by the storage e2e test and
 * `bench/storage.ts`.
 */
import { seeded } from '../../bench/corpus'

/** Names the shipped dataset links (partners, initiatives, meetings by their names and acronyms). */
const KNOWN = [
  'Singapore',
  'Japan',
  'Viet Nam',
  'Malaysia',
  'Thailand',
  'Indonesia',
  'the Philippines',
  'Cambodia',
  'European Union',
  'ITU',
  'World Bank',
  'ASEAN Secretariat',
  'Republic of Korea',
  'ASEAN Digital Masterplan 2030',
  'ADM 2025',
  'DEFA',
  'ASEAN Model Contractual Clauses',
  'ASEAN Digital Data Governance Framework'
]

/** As many names, of the same lengths, that name nothing known: for measuring text alone. */
const UNKNOWN = KNOWN.map((name) => name.replace(/[A-Za-z]/g, (c, at: number) => (at % 3 === 0 ? 'Q' : c === c.toUpperCase() ? 'X' : 'z')))

const FILLER = `ministers agreed review progress regional cooperation digital economy framework data flows trust
  safety talent skills infrastructure broadband rural connectivity capacity building partners welcomed
  officials noted priorities implementation roadmap milestones standards interoperability payments`
  .split(/\s+/)
  .filter(Boolean)

export interface DensePage {
  name: string
  text: string
}

/** `count` plain-text pages of about `kb` KB each, every one different (no "already imported"). */
export function densePages(count: number, options: { kb?: number; seed?: number; prefix?: string; names?: 'known' | 'unknown' } = {}): DensePage[] {
  const kb = options.kb ?? 40
  const names = options.names === 'unknown' ? UNKNOWN : KNOWN
  const random = seeded(options.seed ?? 7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  return Array.from({ length: count }, (_, i) => {
    const lines = [`Cooperation report ${options.prefix ?? ''}${i + 1}`, '']
    let size = 0
    let paragraph = 0
    while (size < kb * 1024) {
      const sentences: string[] = []
      for (let s = 0; s < 6; s++) {
        const words = Array.from({ length: 10 }, () => pick(FILLER))
        sentences.push(`${pick(names)} and ${pick(names)} ${words.join(' ')} with ${pick(names)} (page ${i + 1}, part ${paragraph}).`)
      }
      const text = sentences.join(' ')
      lines.push(text, '')
      size += text.length + 2
      paragraph++
    }
    return { name: `${options.prefix ?? 'report'}-${String(i + 1).padStart(3, '0')}.txt`, text: lines.join('\n') }
  })
}

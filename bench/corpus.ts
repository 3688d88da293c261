/**
 * A deterministic synthetic corpus for the search benchmark: ASEAN-policy-like vocabulary drawn
 * from a Zipf distribution (a few words very common, a long tail rare), about 2.5 KB a document.
 * Same seed, same corpus, on any machine.
 */
import type { SearchDoc } from '../src/shared/search/documents'

/** mulberry32: small, fast and good enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const POLICY_WORDS = `digital ministers meeting cooperation framework agreement economy connectivity cybersecurity data governance
  artificial intelligence innovation infrastructure telecommunications regulators masterplan roadmap declaration guideline
  partnership dialogue partner capacity building talent skills workforce inclusion transformation platform services trade
  commerce payments interoperability standards spectrum broadband network resilience trust safety online scams fraud
  protection privacy cross-border flows sandbox startups enterprises SMEs ecosystem investment fund centre academy forum
  award programme project initiative council secretariat secretary-general summit chair vice-chair observer endorsement
  adoption implementation review progress milestone priority outcome deliverable blueprint strategy policy legislation
  harmonisation alignment regional national government public sector private stakeholders academia research development
  emerging technologies cloud computing quantum semiconductors satellite earth observation subsea cable repair rural
  remote communities gender youth literacy awareness campaign exchange joint statement work plan action plan memorandum
  understanding signing launch approval welcome acknowledgement note completion renaming successor predecessor
  Brunei Cambodia Indonesia Laos Malaysia Myanmar Philippines Singapore Thailand Vietnam Timor-Leste Japan Korea China
  India Australia Canada European Union United States Russia New Zealand United Kingdom ITU World Bank GSMA`
  .split(/\s+/)
  .filter(Boolean)
  .map((w) => w.toLowerCase())

/** Pronounceable made-up words for the long tail, so the vocabulary is large like a real corpus's. */
function tailWords(random: () => number, count: number): string[] {
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tr', 'st', 'pr', 'ch', 'ng']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ia', 'ai', 'ou']
  const codas = ['', 'n', 'ng', 'm', 'r', 's', 't', 'k', 'l']
  const out = new Set<string>()
  while (out.size < count) {
    const syllables = 2 + Math.floor(random() * 3)
    let w = ''
    for (let s = 0; s < syllables; s++) {
      w += onsets[Math.floor(random() * onsets.length)]! + vowels[Math.floor(random() * vowels.length)]! + codas[Math.floor(random() * codas.length)]!
    }
    out.add(w)
  }
  return [...out]
}

export interface Corpus {
  docs: SearchDoc[]
  bytes: number
  vocabulary: string[]
  /** Picks a word by Zipf rank (1 = most common); `zipf()` draws a random one. */
  zipf: () => string
}

const KINDS = ['declaration', 'framework', 'work plan', 'guideline', 'programme', 'project', 'fund', 'forum']
const PARTNERS = ['japan', 'korea', 'china', 'india', 'australia', 'canada', 'eu', 'united states', 'itu', 'world bank']
const STOP = ['the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'a', 'by', 'at', 'as']

export function generateCorpus(docCount: number, seed = 20_251_122, targetBytes = 2_500): Corpus {
  const random = seeded(seed)
  const vocabulary = [...POLICY_WORDS, ...tailWords(random, 30_000)]
  // Zipf with exponent 1.07: cumulative weights, then binary search per draw.
  const cumulative = new Float64Array(vocabulary.length)
  let sum = 0
  for (let r = 0; r < vocabulary.length; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, 1.07)
  const zipf = (): string => {
    const x = random() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return vocabulary[lo]!
  }
  const sentence = (): string => {
    const n = 8 + Math.floor(random() * 14)
    const ws: string[] = []
    for (let i = 0; i < n; i++) ws.push(random() < 0.3 ? STOP[Math.floor(random() * STOP.length)]! : zipf())
    const s = ws.join(' ')
    return s[0]!.toUpperCase() + s.slice(1) + '.'
  }
  const docs: SearchDoc[] = []
  let bytes = 0
  for (let i = 0; i < docCount; i++) {
    const title = Array.from({ length: 4 + Math.floor(random() * 5) }, zipf).join(' ')
    const paragraphs: string[] = []
    let length = 0
    while (length < targetBytes) {
      const p = Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')
      paragraphs.push(p)
      length += p.length + 2
    }
    const body = paragraphs.join('\n\n')
    const kind = KINDS[i % KINDS.length]!
    const partner = PARTNERS[Math.floor(random() * PARTNERS.length)]!
    const year = String(2019 + (i % 7))
    docs.push({
      ref: `passage:doc-${i}#1`,
      kind: i % 5 === 0 ? 'initiative' : 'passage',
      id: `doc-${i}`,
      href: `/sources/doc-${i}`,
      title,
      aliases: '',
      body,
      tags: '',
      partner,
      type: kind,
      years: [year],
      themes: [],
      partners: [partner],
      meetings: []
    })
    bytes += title.length + body.length
  }
  return { docs, bytes, vocabulary, zipf }
}

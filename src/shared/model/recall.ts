/**
 * The dataset's recall check: every sentence of a shipped source that carries a decision verb
 * ("approved", "noted", "looks forward", …) must be cited by an evidence quote, or be listed in
 * `unused-sentences.json` with the editors' reason. A sentence is cited when every decision verb
 * in it lies inside some evidence quote of that source, so a sentence with two decisions needs
 * both. Pure: the build script (`npm run dataset:check`) reads the files and prints the report.
 *
 * When adding a verb here, run the check: sentences that now qualify must be cited or listed.
 */
import type { Evidence } from './dataset'

/** Decision verbs and their forms; nouns that are mostly not decisions ("notes", "agreement") are left out. */
export const DECISION_VERB =
  /\b(?:approv(?:e|ed|es|ing|al)|adopt(?:ed|s|ing|ion)?|endors(?:e|ed|es|ing|ement)|launch(?:ed|es|ing)?|sign(?:ed|s|ing)|agree(?:d|s)?|reached a consensus|not(?:ed|ing)|acknowledg(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|appreciat(?:e|ed|es|ing|ion)|encourag(?:e|ed|es|ing)|support(?:ed|s|ing)|expressed (?:its )?support|task(?:ed|s)|entrust(?:ed|s)?|reaffirm(?:ed|s)?|reiterat(?:e|ed|es)|affirm(?:ed|s|ing)?|look(?:s|ed)? forward|emphasi[sz](?:e|ed|es)|highlight(?:ed|s)?|recogni[sz](?:e|ed|es|ing)|revis(?:e|ed)|amend(?:ed|ing)|establish(?:ed|ing)|complet(?:ed|ion)|underscor(?:e|ed|es)|decid(?:e|ed)|propos(?:e|ed))\b/gi

export interface UnusedSentence {
  sourceId: string
  /** The sentence as it reads in the source's text (whitespace may differ). */
  sentence: string
  /** Why no record cites it: background, a repeat of a cited sentence, not a decision of a meeting, … */
  reason: string
}

export interface DecisionSentence {
  text: string
  /** Offsets into the source text with runs of whitespace collapsed (`normaliseSpace`). */
  start: number
  end: number
  verbs: { word: string; start: number; end: number }[]
}

export interface RecallReport {
  /** Sentences with at least one decision verb. */
  sentences: number
  cited: number
  listed: number
  /** In neither: the check fails. `uncovered` are the verbs no quote covers. */
  missing: { sourceId: string; sentence: string; uncovered: string[] }[]
  /** Listed, but no such sentence (with a decision verb) is in the source any more. */
  stale: UnusedSentence[]
  /** Listed, but every verb in it is now cited: remove it from the list. */
  redundant: UnusedSentence[]
  /** Listed without a reason. */
  unexplained: UnusedSentence[]
}

const space = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Abbreviations whose full stop does not end a sentence ("Dr. Kao", "the U.S. Coordinator"). */
const ABBREVIATION = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|No|e\.g|i\.e|(?:[A-Z]\.)+[A-Z])$/

/** Sentences of one line (a paragraph), as [start, end) offsets into it. */
function splitLine(line: string): [number, number][] {
  const out: [number, number][] = []
  const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g
  let from = 0
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    if (ABBREVIATION.test(line.slice(0, m.index))) continue
    const end = m.index + m[0].length
    out.push([from, end])
    from = end + 1
  }
  if (from < line.length) out.push([from, line.length])
  return out
}

/**
 * The sentences of a text that carry a decision verb. Lines are paragraphs (a heading without a
 * full stop is its own sentence); offsets are into `normaliseSpace(text)`.
 */
export function decisionSentences(text: string): DecisionSentence[] {
  const out: DecisionSentence[] = []
  let offset = 0
  for (const raw of text.split(/\n/)) {
    const line = space(raw)
    if (!line) continue
    for (const [s, e] of splitLine(line)) {
      const sentence = line.slice(s, e)
      const verbs = [...sentence.matchAll(DECISION_VERB)].map((m) => ({ word: m[0], start: offset + s + m.index, end: offset + s + m.index + m[0].length }))
      if (verbs.length) out.push({ text: sentence, start: offset + s, end: offset + e, verbs })
    }
    offset += line.length + 1
  }
  return out
}

/** Every [start, end) where a quote occurs in the whitespace-collapsed text. */
function quoteSpans(text: string, quotes: readonly string[]): [number, number][] {
  const spans: [number, number][] = []
  for (const quote of new Set(quotes.map(space))) {
    if (!quote) continue
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length])
  }
  return spans
}

export function checkRecall(input: {
  sources: readonly { id: string; text: string }[]
  evidence: readonly Evidence[]
  unused: readonly UnusedSentence[]
}): RecallReport {
  const report: RecallReport = { sentences: 0, cited: 0, listed: 0, missing: [], stale: [], redundant: [], unexplained: [] }
  const found = new Set<UnusedSentence>()
  for (const source of input.sources) {
    const text = space(source.text)
    const spans = quoteSpans(text, input.evidence.filter((e) => e.sourceId === source.id).map((e) => e.quote))
    const listed = input.unused.filter((u) => u.sourceId === source.id)
    for (const sentence of decisionSentences(source.text)) {
      report.sentences++
      const uncovered = sentence.verbs.filter((v) => !spans.some(([s, e]) => s <= v.start && v.end <= e)).map((v) => v.word)
      const entry = listed.find((u) => space(u.sentence) === sentence.text)
      if (entry) found.add(entry)
      if (uncovered.length === 0) {
        report.cited++
        if (entry) report.redundant.push(entry)
      } else if (entry) report.listed++
      else report.missing.push({ sourceId: source.id, sentence: sentence.text, uncovered })
    }
  }
  const known = new Set(input.sources.map((s) => s.id))
  for (const entry of input.unused) {
    if (!found.has(entry) || !known.has(entry.sourceId)) report.stale.push(entry)
    if (!entry.reason.trim()) report.unexplained.push(entry)
  }
  return report
}

/** One line per failure, empty when the check passes. */
export function recallProblems(report: RecallReport): string[] {
  return [
    ...report.missing.map((m) => `${m.sourceId}: a decision sentence ("${m.uncovered.join('", "')}") is neither cited nor listed in unused-sentences.json: "${m.sentence}"`),
    ...report.stale.map((u) => `unused-sentences.json: no such decision sentence in ${u.sourceId}: "${u.sentence}"`),
    ...report.redundant.map((u) => `unused-sentences.json: already cited, remove it: "${u.sentence}"`),
    ...report.unexplained.map((u) => `unused-sentences.json: give a reason for "${u.sentence}"`)
  ]
}

/**
 * Checks that each claim of the dataset says no more than its quotes: an event's action is a verb
 * of the sentence it is quoted from; an event or meeting known only from a text written before it
 * is planned; every related link, partner presence, parent meeting and host has a quote; an
 * initiative's partners are named where it is quoted; aliases and acronyms are written so in some
 * source; a summary uses only words of its record's quotes and name, unless marked the editors';
 * a source's URL is absolute. Pure; `npm run dataset:check` prints the problems and fails.
 *
 * When adding an action to `EVENT_ACTIONS`, give it its verbs in `ACTION_VERBS`.
 */
import type { Dataset, EventAction, Evidence, Initiative } from './dataset'

const space = (text: string): string => text.replace(/\s+/g, ' ').trim()
const fold = (text: string): string =>
  space(text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s*[-–—]\s*/g, '-')

/** Letters and digits only, lower case: "ADM2025" and "ADM 2025", "Ministers'" and "Ministers" are one spelling. */
const squeeze = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const ordinal = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'))

/** The verbs a source must use for each action (`mentioned` needs none). */
export const ACTION_VERBS: Record<EventAction, RegExp | null> = {
  proposed: /\bpropos/i,
  approved: /\bapprov/i,
  adopted: /\badopt/i,
  endorsed: /\bendors/i,
  launched: /\blaunch/i,
  signed: /\bsign(?:ed|ing)\b/i,
  exchanged: /\bexchange/i,
  agreed: /\bagreed?\b|\breached a consensus/i,
  noted: /\bnot(?:ed|ing)\b/i,
  welcomed: /\bwelcom/i,
  acknowledged: /\backnowledg/i,
  revised: /\brevis/i,
  renamed: /\brenam/i,
  completed: /\bcomplet/i,
  highlighted: /\bhighlight/i,
  announced: /\bwill\b|\bannounc/i,
  appreciated: /\bappreciat/i,
  discussed: /\bdiscuss/i,
  supported: /\bsupport/i,
  assigned: /\bentrust|\btask|\bassign/i,
  established: /\bestablish/i,
  prioritised: /\bpriorit/i,
  mentioned: null,
  held: /\bheld\b/i,
  emphasised: /\bemphasi[sz]|\bstress/i,
  reiterated: /\breiterat/i,
  encouraged: /\bencourag/i,
  'looked-forward': /\blook(?:s|ed)? forward/i
}

/** Words a summary may use without a quote: function words and the dataset's own vocabulary. */
const FREE_WORDS = new Set(
  (
    'a an the and or of to in on for at by with from as its it is are was were be been this that these those which who whose ' +
    'their them they its into under over after before also both each every other than not no nor but so such then there ' +
    'between among through toward towards about up out one two three four five six seven eight nine ten first second ' +
    'meeting meetings adgmin asean ministers minister at planned announced announcement release article text named ' +
    'recorded record says said source sources later earlier period plan plans year years its’ s'
  ).split(/\s+/)
)

/** Lower-case word stems: enough to match "guidelines" with "guideline" and "approved" with "approve". */
export function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/ies$/, 'y')
    .replace(/sses$/, 'ss')
    .replace(/([^s])s$/, '$1')
    .replace(/(?:ion|ing|ed|e)$/, '')
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** The words of `summary` found in none of `texts` (after stemming), free words aside. */
export function unsupportedWords(summary: string, texts: readonly string[]): string[] {
  const known = new Set(texts.flatMap(words).map(stem))
  return [...new Set(words(summary))].filter((w) => !FREE_WORDS.has(w) && !/^\d+$/.test(w) && !known.has(stem(w)))
}

/** The sentences (whitespace collapsed) that hold each quote, in the source's text. */
function sentencesOf(texts: Map<string, string>, evidence: readonly Evidence[]): string[] {
  const out: string[] = []
  for (const e of evidence) {
    const text = texts.get(e.sourceId)
    if (!text) continue
    const quote = space(e.quote)
    const at = text.indexOf(quote)
    if (at < 0) continue
    const before = text.lastIndexOf('. ', at)
    const after = text.indexOf('. ', Math.max(at, at + quote.length - 1))
    out.push(text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after + 1))
  }
  return out
}

function allQuotes(i: Initiative): Evidence[] {
  return [...i.evidence, ...i.events.flatMap((e) => e.evidence), ...i.related.flatMap((r) => r.evidence)]
}

/** One line per claim that says more than its quotes; empty when every claim holds. */
export function checkClaims(dataset: Dataset): string[] {
  const problems: string[] = []
  const texts = new Map(dataset.sources.map((s) => [s.id, space(s.text)]))
  const squeezed = dataset.sources.map((s) => squeeze(s.text))
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]))
  const partyNames = new Map(dataset.parties.map((p) => [p.id, [p.name, ...p.aliases]]))
  const written = (sourceId: string, meetingId: string | null): 'before' | 'during' | 'other' => {
    const s = sources.get(sourceId)
    return s && meetingId && s.reportsOn === meetingId && (s.written === 'before' || s.written === 'during') ? s.written : 'other'
  }
  const inSomeSource = (term: string): boolean => squeezed.some((t) => t.includes(squeeze(term)))

  for (const s of dataset.sources) {
    if (s.url !== null && !/^https?:\/\/\S+$/.test(s.url)) problems.push(`source ${s.id}: url "${s.url}" is not an absolute http(s) URL`)
  }
  for (const m of dataset.meetings) {
    const about = (field: string): boolean => m.evidence.some((e) => (e.about ?? '').split(/\s+/).includes(field))
    const claimed: [string, boolean][] = [
      ['partnersPresent', m.partnersPresent.length > 0],
      ['observers', m.observers.length > 0],
      ['parentMeetingId', m.parentMeetingId !== null],
      ['host', m.host !== null]
    ]
    for (const [field, has] of claimed)
      if (has && !about(field) && !m.referenceFields.includes(field)) problems.push(`meeting ${m.id}: ${field} has no quote (evidence "about": "${field}")`)
    const dates = m.evidence.map((e) => sources.get(e.sourceId)?.publishedOn).filter((d): d is string => Boolean(d))
    const onlyBefore = m.evidence.every((e) => written(e.sourceId, m.id) === 'before')
    const future = m.startDate !== null && dates.length === m.evidence.length && dates.every((d) => d < m.startDate!)
    if ((onlyBefore || future) && m.status !== 'announced') problems.push(`meeting ${m.id}: known only from texts written before it, so its status is "announced"`)
    const designations = m.number ? [`${m.series} ${m.number}`, `${m.number}${ordinal(m.number)} ${m.series}`].map(squeeze) : []
    for (const alias of m.aliases)
      if (!inSomeSource(alias) && !designations.includes(squeeze(alias))) problems.push(`meeting ${m.id}: alias "${alias}" is in no source`)
  }
  for (const i of dataset.initiatives) {
    const quotes = allQuotes(i)
    const sentences = sentencesOf(texts, quotes)
    i.related.forEach((r) => r.evidence.length === 0 && problems.push(`initiative ${i.id}: ${r.relation} ${r.id} has no quote`))
    for (const p of i.partners) {
      const names = partyNames.get(p) ?? [p]
      if (!names.some((n) => sentences.some((s) => (n.length <= 4 ? new RegExp(`\\b${n.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u').test(s) : fold(s).includes(fold(n))))))
        problems.push(`initiative ${i.id}: partner ${p} is not named where the initiative is quoted`)
    }
    for (const term of [...(i.acronym ? [i.acronym] : []), ...i.aliases]) if (!inSomeSource(term)) problems.push(`initiative ${i.id}: alias or acronym "${term}" is in no source`)
    i.events.forEach((e, k) => {
      const verbs = ACTION_VERBS[e.action]
      const where = sentencesOf(texts, e.evidence)
      if (verbs && !where.some((s) => verbs.test(s))) problems.push(`initiative ${i.id} event ${k}: "${e.action}" is not the verb of its quoted sentence`)
      const pre = e.evidence.map((q) => written(q.sourceId, e.meetingId))
      const future = e.evidence.some((q) => /\bwill (?:also )?be \w+ed\b/.test(q.quote))
      if (pre.every((w) => w === 'before') || (pre.every((w) => w !== 'other') && future)) {
        if (e.status !== 'planned') problems.push(`initiative ${i.id} event ${k}: known only from a text written before it, so it is "planned"`)
      }
      if (e.meetingId && !meetings.has(e.meetingId)) problems.push(`initiative ${i.id} event ${k}: unknown meeting`)
    })
    if (i.summaryBy !== 'editors') {
      const extra = unsupportedWords(i.summary, [i.name, i.acronym ?? '', ...i.aliases, ...quotes.map((q) => q.quote)])
      if (extra.length) problems.push(`initiative ${i.id}: summary words in none of its quotes: ${extra.join(', ')} (reword, or mark summaryBy "editors")`)
    }
  }
  return problems
}

/** True when every quote of a claim comes from an undated compilation: the screens say so. */
export function restsOnUndatedCompilation(evidence: readonly Evidence[], kinds: ReadonlyMap<string, string | undefined>): boolean {
  return evidence.length > 0 && evidence.every((e) => kinds.get(e.sourceId) === 'undated-compilation')
}


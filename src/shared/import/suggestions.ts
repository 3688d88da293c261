/**
 * Candidates the dataset lacks, found in an imported text: acronyms in parentheses ("(WG-AI)"),
 * capitalised document titles (a Declaration, Guidelines, a Framework, a Masterplan, a Work
 * Plan …), and meetings by ordinal ("the 7th ADGMIN"). Each comes with the sentence it was found
 * in, which becomes its evidence if the user turns it into a record. Pure.
 */

export interface Suggestion {
  /** A ministry, department, agency or organisation is a partner, never an initiative. */
  kind: 'initiative' | 'meeting' | 'partner'
  name: string
  acronym: string | null
  /** For a meeting: its number in the series. */
  number?: number
  series?: string
  /** What found it, in words for the panel. */
  reason: string
  /** The sentence it stands in, verbatim, and where. */
  sentence: string
  start: number
  end: number
}

export interface KnownNames {
  /** Names, acronyms and aliases of every initiative and party, in any case. */
  names: readonly string[]
  /** Numbers of the meetings known per series, e.g. { ADGMIN: [1, 4, 5, 6, 7] }. */
  meetings: Readonly<Record<string, readonly number[]>>
}

const TITLE_WORDS =
  'Declaration|Guidelines?|Guide|Framework|Masterplan|Master Plan|Work ?Plan|Action Plan|Roadmap|Agreement|Strategy|Statement|Programme|Program|Charter|Blueprint|Initiative|Network|Fund|Centre|Center|Award|Principles|Toolkit|Policy'
const CONNECTOR = "(?:on|of|for|the|and|in|to|a|an|&|’s|'s)"
const CAP = "(?:[A-Z][\\w’'-]*|\\d{4}|[A-Z]{2,}\\d*)"
/** A run of capitalised words (with small connectors) that contains one of the title words. */
const TITLE = new RegExp(`\\b(?:${CAP}\\s+(?:${CONNECTOR}\\s+)*){0,8}(?:${TITLE_WORDS})\\b(?:\\s+(?:${CONNECTOR}\\s+)*${CAP})*`, 'g')
const ACRONYM = /\(([A-Z][A-Za-z0-9&-]{1,14})\)/g
const ORDINAL_MEETING = /\b(?:the\s+)?(\d{1,2})(st|nd|rd|th)\s+(ADGMIN|ADGSOM|ASEAN Digital Ministers[’']? Meeting|ASEAN Digital Senior Officials[’']? Meeting)\b/gi

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()

/** The sentence around offset `at`: from the previous full stop (or line break) to the next. */
function sentenceAt(text: string, from: number, to: number): { sentence: string; start: number; end: number } {
  let start = from
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--
  let end = to
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++
  if (end < text.length && text[end] !== '\n') end++
  while (/\s/.test(text[start] ?? '')) start++
  return { sentence: text.slice(start, end).trim(), start, end }
}

/** Names of bodies (who acts), not of things they make: suggested as partners. */
const BODY = /^(?:(?:the|ASEAN|National|Philippine|Indonesian|Malaysian|Singapore|Thai|Vietnamese|Cambodian|Lao|Myanmar|Brunei)\s+)*(?:Ministry|Department|Agency|Authority|Office|Commission|Council|Bureau|Secretariat|Institute|Organi[sz]ation|Union|Association|Corporation|Federation)\b|\b(?:Ministry|Department|Agency|Authority|Commission|Secretariat|Organi[sz]ation)\s+(?:of|for)\b/

export const isBody = (name: string): boolean => BODY.test(name)

const seriesOf = (name: string): string => (/senior|adgsom/i.test(name) ? 'ADGSOM' : 'ADGMIN')

/** The capitalised words just before "(ACR)", as many as the acronym has letters at most. */
function expansion(text: string, at: number, acronym: string): string | null {
  const before = text.slice(Math.max(0, at - 160), at).trimEnd()
  const words = before.split(/\s+/)
  const letters = acronym.replace(/[^A-Za-z]/g, '').length
  const out: string[] = []
  for (let i = words.length - 1; i >= 0 && out.length < letters + 4; i--) {
    const w = words[i]!
    if (/^[A-Z0-9]/.test(w) || (out.length > 0 && new RegExp(`^${CONNECTOR}$`, 'i').test(w))) out.unshift(w)
    else break
  }
  while (out.length && new RegExp(`^${CONNECTOR}$`, 'i').test(out[0]!)) out.shift()
  return out.length ? out.join(' ').replace(/[,;:]$/, '') : null
}

export function suggestRecords(text: string, known: KnownNames, limit = 50): Suggestion[] {
  const names = new Set(known.names.map(normalise))
  const out: Suggestion[] = []
  const seen = new Set<string>()
  // One suggestion per thing: an acronym and the title it stands for are the same key.
  const add = (s: Suggestion): void => {
    const keys = [s.name, s.acronym].filter((k): k is string => Boolean(k)).map(normalise)
    if (keys.some((k) => seen.has(k)) || out.length >= limit) return
    for (const k of keys) seen.add(k)
    out.push(s)
  }

  for (const m of text.matchAll(ORDINAL_MEETING)) {
    const number = Number(m[1])
    const series = seriesOf(m[3]!)
    if ((known.meetings[series] ?? []).includes(number)) continue
    const where = sentenceAt(text, m.index, m.index + m[0].length)
    add({ kind: 'meeting', name: `${m[1]}${m[2]!.toLowerCase()} ${series}`, acronym: null, number, series, reason: 'a meeting by number', ...where })
  }

  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!
    if (!/[A-Z].*[A-Z]/.test(acronym) || names.has(normalise(acronym))) continue
    const name = expansion(text, m.index, acronym)
    if (name && names.has(normalise(name))) continue
    const where = sentenceAt(text, m.index, m.index + m[0].length)
    const full = name ?? acronym
    add({ kind: isBody(full) ? 'partner' : 'initiative', name: full, acronym, reason: 'an acronym in parentheses', ...where })
  }

  for (const m of text.matchAll(TITLE)) {
    const name = m[0].trim().replace(/^(?:The|A|An)\s+/, '')
    if (name.split(/\s+/).length < 2 || names.has(normalise(name))) continue
    // A known name inside a longer one ("the ASEAN Digital Masterplan 2030 Work Plan") is still new.
    const where = sentenceAt(text, m.index, m.index + m[0].length)
    add({ kind: isBody(name) ? 'partner' : 'initiative', name, acronym: null, reason: 'a document title', ...where })
  }
  return out
}

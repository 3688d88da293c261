/**
 * Reads what a researcher types into a query plan. Never throws: anything it cannot read as syntax
 * is read as plain words. Supported: "exact phrase", +required, -excluded, and field scopes
 * title:, tag:, partner:, kind:. Wildcards and fuzzy operators typed by the user are not passed to
 * lunr (a leading wildcard or an unbounded edit distance costs seconds); words are cleaned first.
 */
import { tokenize, tokenWords } from '../text/tokenize'
import { isCapitals } from './analysis'
import { writtenForm } from './proximity'

export type Presence = 'optional' | 'required' | 'prohibited'
export type ScopeField = 'title' | 'tags' | 'partner' | 'type'

export interface Clause {
  term: string
  presence: Presence
  field?: ScopeField
  /** Typed in capitals ("US", "IT"): an acronym even where the word is a stop word. */
  capitals?: true
  /** The word as typed (lower case) when folding took accents or tone marks off it: "bão". */
  written?: string
}

export interface ParsedQuery {
  clauses: Clause[]
  phrases: string[]
  /** The last word as typed, still being typed: also matched as a prefix (3+ letters). */
  prefix: string | null
  /** True when the query was cut to the length limit. */
  truncated: boolean
}

export const MAX_QUERY_LENGTH = 500
export const MAX_CLAUSES = 24

const SCOPES: Record<string, ScopeField> = { title: 'title', tag: 'tags', tags: 'tags', partner: 'partner', kind: 'type', type: 'type' }

/** Words as the index holds them (the shared tokenizer: lower case, folded, letters and digits apart). */
export function words(text: string): string[] {
  return tokenWords(text.replace(/[*~^]/g, ''))
}

export function parseQuery(input: string): ParsedQuery {
  const truncated = input.length > MAX_QUERY_LENGTH
  let text = input.slice(0, MAX_QUERY_LENGTH)
  const phrases: string[] = []
  text = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const clean = words(phrase).join(' ')
    if (clean) phrases.push(clean)
    return ` ${clean} `
  })
  // An unclosed quote is just punctuation.
  text = text.replace(/"/g, ' ')
  const clauses: Clause[] = []
  const phraseWords = new Set(phrases.flatMap((p) => p.split(' ')))
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let token = raw
    let presence: Presence = 'optional'
    if (token.length > 1 && (token[0] === '+' || token[0] === '-')) {
      presence = token[0] === '+' ? 'required' : 'prohibited'
      token = token.slice(1)
    }
    let field: ScopeField | undefined
    const scope = /^([a-z]+):(.*)$/i.exec(token)
    if (scope && SCOPES[scope[1]!.toLowerCase()]) {
      field = SCOPES[scope[1]!.toLowerCase()]
      token = scope[2]!
    }
    const cleaned = token.replace(/[*~^]/g, '')
    for (const { text: term, start, end } of tokenize(cleaned)) {
      const capitals = isCapitals(cleaned.slice(start, end))
      const written = writtenForm(cleaned.slice(start, end))
      clauses.push({
        term,
        presence: phraseWords.has(term) && presence === 'optional' ? 'required' : presence,
        ...(field ? { field } : {}),
        ...(capitals ? { capitals } : {}),
        ...(written ? { written } : {})
      })
    }
  }
  const last = (/(\S+)$/.exec(input.slice(0, MAX_QUERY_LENGTH))?.[1] ?? '').replace(/^[a-z]+:/i, '')
  const lastWord = words(last).at(-1) ?? ''
  const open = !/["\s]$/.test(input) && !last.startsWith('-') && lastWord.length >= 3
  return { clauses: clauses.slice(0, MAX_CLAUSES), phrases, prefix: open ? lastWord : null, truncated }
}

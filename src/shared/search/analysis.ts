/**
 * Analysis, as Lucene calls it: text → index terms. The shared tokenizer cuts and folds words;
 * English stop words are dropped and Latin words stemmed with lunr's Porter stemmer. The index
 * build, the query and the snippet marker all go through `termOf`, so they always agree.
 */
import lunr from 'lunr'
import { malayRoots } from '../text/malay'
import { scanWords, tokenize, type Token } from '../text/tokenize'

const isStopWord = (word: string): boolean => (lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined)(new lunr.Token(word, {})) === undefined
const LATIN_WORD = /^[a-z]+$/

const stems = new Map<string, string>()
/**
 * The index term of one tokenized word ('' for a stop word), cached: the same words come back.
 * A stop word written in capitals is an acronym ("US", "IT", "AS" in WG-AS) and is kept.
 */
export function termOf(word: string, capitals = false): string {
  let term = stems.get(word)
  if (term === undefined) {
    term = isStopWord(word) ? '' : LATIN_WORD.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word
    if (stems.size > 200_000) stems.clear()
    stems.set(word, term)
  }
  return term === '' && capitals ? word : term
}

/** Whether a word was written in capitals (two letters or more): an acronym. */
export const isCapitals = (written: string): boolean => written.length >= 2 && /^\p{Lu}+$/u.test(written)

/** The stem of a word without the stop-word check (typo variants and completions). */
export const stemOf = (word: string): string => (LATIN_WORD.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word)

const termPipeline = (token: lunr.Token): lunr.Token | null => {
  const term = termOf(token.toString(), (token as unknown as { metadata: { capitals?: boolean } }).metadata.capitals === true)
  return term ? token.update(() => term) : null
}
// lunr warns about (and cannot serialise) a pipeline function it does not know by name.
lunr.Pipeline.registerFunction(termPipeline, 'desk-terms')

/**
 * Word families (Malay and Indonesian, `text/malay.ts`) are indexed as their roots marked with
 * this sign, in a field of their own (`roots`): a root never meets a word of the same spelling,
 * so "dukung" the root is not "dukung" the word, and an English text gains no families.
 */
export const FAMILY_MARK = '~'

/** The family terms of a tokenized word: its roots, marked. */
export const familyTerms = (word: string): string[] => malayRoots(word).map((root) => FAMILY_MARK + root)

/** The family terms of every word of a text, space-separated: the `roots` field of a Malay or Indonesian passage. */
export function familyText(text: string): string {
  const out: string[] = []
  scanWords(text, (word) => {
    for (const root of malayRoots(word)) out.push(FAMILY_MARK + root)
  })
  return out.join(' ')
}

/** Makes a lunr builder analyse text as the rest of the app does. */
export function configureBuilder(builder: lunr.Builder): void {
  ;(builder as unknown as { tokenizer: (value: unknown, metadata: { fields?: string[] }) => lunr.Token[] }).tokenizer = (value, metadata) => {
    const text = value == null ? '' : Array.isArray(value) ? value.join(' ') : String(value)
    // Already terms (`familyText`): taken as they are.
    if (metadata.fields?.[0] === 'roots') return text.split(' ').filter(Boolean).map((term, i) => new lunr.Token(term, { ...metadata, index: i }))
    return tokenize(text).map((t: Token, i) => new lunr.Token(t.text, { ...metadata, index: i, ...(isCapitals(text.slice(t.start, t.end)) ? { capitals: true } : {}) }))
  }
  builder.pipeline.reset()
  builder.pipeline.add(termPipeline)
  builder.searchPipeline.reset()
}

/**
 * Analysis, as Lucene calls it: text → index terms. The shared tokenizer cuts and folds words;
 * English stop words are dropped and Latin words stemmed with lunr's Porter stemmer. The index
 * build, the query and the snippet marker all go through `termOf`, so they always agree.
 */
import lunr from 'lunr'
import { tokenize, type Token } from '../text/tokenize'

const isStopWord = (word: string): boolean => (lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined)(new lunr.Token(word, {})) === undefined
const LATIN_WORD = /^[a-z]+$/

const stems = new Map<string, string>()
/** The index term of one tokenized word ('' for a stop word), cached: the same words come back. */
export function termOf(word: string): string {
  let term = stems.get(word)
  if (term === undefined) {
    term = isStopWord(word) ? '' : LATIN_WORD.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word
    if (stems.size > 200_000) stems.clear()
    stems.set(word, term)
  }
  return term
}

/** The stem of a word without the stop-word check (typo variants and completions). */
export const stemOf = (word: string): string => (LATIN_WORD.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word)

const stopWordPipeline = (token: lunr.Token): lunr.Token | null => {
  const term = termOf(token.toString())
  return term ? token.update(() => term) : null
}
lunr.Pipeline.registerFunction(stopWordPipeline, 'desk-terms')

/** Makes a lunr builder analyse text as the rest of the app does. */
export function configureBuilder(builder: lunr.Builder): void {
  ;(builder as unknown as { tokenizer: (value: unknown, metadata: object) => lunr.Token[] }).tokenizer = (value, metadata) =>
    tokenize(value == null ? '' : Array.isArray(value) ? value.join(' ') : String(value)).map((t: Token, i) => new lunr.Token(t.text, { ...metadata, index: i }))
  builder.pipeline.reset()
  builder.pipeline.add(stopWordPipeline)
  builder.searchPipeline.reset()
}

/** The index terms of a text, in order, with where each word is. */
export function termsOf(text: string): (Token & { term: string })[] {
  const out: (Token & { term: string })[] = []
  for (const token of tokenize(text)) {
    const term = termOf(token.text)
    if (term) out.push({ ...token, term })
  }
  return out
}

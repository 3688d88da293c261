/**
 * Analysis, as Lucene calls it: text → index terms. The shared tokenizer cuts and folds words;
 * in English text, English stop words are dropped and Latin words stemmed with lunr's Porter
 * stemmer (`termOf`); a text in another language keeps its words as the tokenizer gives them
 * (`AnalysedText`): Vietnamese "số" (digital) and "an" (safe), Indonesian "digital", are not
 * English "so", "an" and "digit". A query is read both ways (`plan.ts`). The index build, the
 * query and the snippet marker all go through these, so they always agree.
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
  const { metadata } = token as unknown as { metadata: { capitals?: boolean; verbatim?: boolean } }
  if (metadata.verbatim) return token.update((word) => verbatimTerm(word))
  const term = termOf(token.toString(), metadata.capitals === true)
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

/** A field's text in a language other than English: its words are indexed as the tokenizer gives them. */
export interface AnalysedText {
  text: string
  verbatim: true
}

/**
 * A word of a text in another language than English, as indexed: itself, or marked when it is
 * spelt like an English stop word, so it never meets an English acronym of that spelling ("SO",
 * "IT", kept by `termOf`): Vietnamese "số" is "=so".
 */
export const VERBATIM_MARK = '='
export const verbatimTerm = (word: string): string => (termOf(word) === '' ? VERBATIM_MARK + word : word)

/** Whether a document's language is read as English: stated so, or not stated (records, notes). */
export const isEnglish = (language: string | undefined): boolean => !language || language === 'en' || language.startsWith('en-')

/** Makes a lunr builder analyse text as the rest of the app does. */
export function configureBuilder(builder: lunr.Builder): void {
  ;(builder as unknown as { tokenizer: (value: unknown, metadata: { fields?: string[] }) => lunr.Token[] }).tokenizer = (value, metadata) => {
    const verbatim = typeof value === 'object' && value !== null && (value as AnalysedText).verbatim === true
    const raw = verbatim ? (value as AnalysedText).text : value
    const text = raw == null ? '' : Array.isArray(raw) ? raw.join(' ') : String(raw)
    // Already terms (`familyText`): taken as they are.
    if (metadata.fields?.[0] === 'roots') return text.split(' ').filter(Boolean).map((term, i) => new lunr.Token(term, { ...metadata, index: i }))
    return tokenize(text).map(
      (t: Token, i) => new lunr.Token(t.text, { ...metadata, index: i, ...(verbatim ? { verbatim } : isCapitals(text.slice(t.start, t.end)) ? { capitals: true } : {}) })
    )
  }
  builder.pipeline.reset()
  builder.pipeline.add(termPipeline)
  builder.searchPipeline.reset()
}

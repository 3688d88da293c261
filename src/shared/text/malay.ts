/**
 * Word families of Malay and Indonesian, which build words from a root with prefixes, suffixes
 * and particles: "dukung" (support), "didukung", "mendukung", "dukungan", "pendukung". Search
 * matches a word to its family through its roots, as Lucene's Indonesian analyzer does.
 *
 * The root is the Snowball Indonesian stemmer's (Tala's algorithm, from `@orama/stemmers`), which
 * suits Malay as well: the two share their affixes. Without a dictionary it cannot tell which
 * first letter a nasal prefix replaced ("menulis" is meN- + "tulis", "mengirim" meN- + "kirim"),
 * and leaves "ulis" and "irim"; the letter the prefix's nasal stands for (t for n, k for ng, p for
 * m) is put back as a second root, so "menulis" shares a root with "ditulis" and "tulisan".
 */
import { stemmer } from '@orama/stemmers/indonesian'

/** Languages whose words are analysed this way (ISO 639-1; "ms" Malay, "id" Indonesian). */
export const MALAY_LANGUAGES: ReadonlySet<string> = new Set(['ms', 'id'])

/** Nasal prefixes before a vowel, and the letter each replaced. Longest first. */
const NASALS: [string, string][] = [
  ['meng', 'k'],
  ['peng', 'k'],
  ['men', 't'],
  ['pen', 't'],
  ['mem', 'p'],
  ['pem', 'p']
]
const VOWEL = /^[aeiou]/
const LETTERS = /^[a-z]+$/
/** Roots shorter than this say too little to join words into a family. */
const MIN_ROOT = 3

const cache = new Map<string, readonly string[]>()

/** The roots of a folded, lower-case word (one, or two when a nasal prefix hid a letter); none for a non-word. */
export function malayRoots(word: string): readonly string[] {
  let roots = cache.get(word)
  if (roots) return roots
  if (!LETTERS.test(word) || word.length < MIN_ROOT) roots = []
  else {
    const root = stemmer(word)
    const out = root.length >= MIN_ROOT ? [root] : []
    if (VOWEL.test(root)) {
      for (const [prefix, letter] of NASALS) {
        // Only a prefix the stemmer took off: the root follows it in the word.
        if (word.startsWith(prefix) && word.startsWith(root, prefix.length)) {
          out.push(letter + root)
          break
        }
      }
    }
    roots = out
  }
  if (cache.size > 100_000) cache.clear()
  cache.set(word, roots)
  return roots
}

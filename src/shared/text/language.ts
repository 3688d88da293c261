/**
 * A document's language, as the import records it: what the document declares (`<html lang>`,
 * a `lang:` header), else what its script says (Thai, Lao, Khmer, Burmese; Vietnamese by its
 * letters), else a statistical detector over its text, else English. Pure: the detector is passed
 * in (the renderer loads it only when an import needs it).
 */

export type LanguageEvidence = 'declared' | 'script' | 'detector' | 'default'

export interface DetectedLanguage {
  language: string
  by: LanguageEvidence
}

/** Guesses an ISO 639-1 code from text, or null when unsure. */
export type LanguageDetector = (text: string) => string | null | Promise<string | null>

/** Scripts that name their language, as Unicode blocks. */
const SCRIPTS: [RegExp, string][] = [
  [/[\u0E01-\u0E5B]/gu, 'th'],
  [/[\u0E81-\u0EDF]/gu, 'lo'],
  [/[\u1780-\u17FF\u19E0-\u19FF]/gu, 'km'],
  [/[\u1000-\u109F\uAA60-\uAA7F]/gu, 'my']
]
/** Letters only Vietnamese writes among Latin scripts: ơ ư ă đ and the stacked tone marks. */
const VIETNAMESE = /[ơưăđƠƯĂĐ\u1EA0-\u1EF9]/gu
const LETTER = /\p{L}/gu
const FOREIGN_WORD = /\S*(?:[ơưăđƠƯĂĐ\u1EA0-\u1EF9]|(?=\p{L})\P{Script=Latin})\S*/gu
/** Enough text to judge by, read from the start. */
const SAMPLE = 20_000

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0

/** The language its script gives a text, when one script holds most of its letters. */
export function languageOfScript(text: string): string | null {
  const sample = text.slice(0, SAMPLE)
  const letters = count(sample, LETTER)
  if (!letters) return null
  for (const [pattern, language] of SCRIPTS) if (count(sample, pattern) / letters > 0.3) return language
  const latinWords = sample.split(/\s+/).length
  return count(sample, VIETNAMESE) / latinWords > 0.1 ? 'vi' : null
}

export async function detectLanguage(text: string, declared: string | null, detector?: LanguageDetector): Promise<DetectedLanguage> {
  if (declared) return { language: declared, by: 'declared' }
  const byScript = languageOfScript(text)
  if (byScript) return { language: byScript, by: 'script' }
  // A name in another script or with Vietnamese tone marks says nothing of the language around it.
  const plain = text.slice(0, SAMPLE).replace(FOREIGN_WORD, ' ').normalize('NFD').replace(/\p{M}+/gu, '')
  const guessed = detector ? await detector(plain) : null
  return guessed ? { language: guessed, by: 'detector' } : { language: 'en', by: 'default' }
}

/** The cleaning notes' line on how the language was found. */
export function languageNote({ language, by }: DetectedLanguage): string {
  const how = { declared: 'as the document declares it', script: 'from its script', detector: 'detected from its words', default: 'assumed; nothing in the text said otherwise' }[by]
  return `Language: ${language} (${how}); edit it in "Edit details".`
}

/** Languages the detector chooses among: ASEAN's in Latin script and the usual languages of sources about them. */
const DETECTED = ['en', 'id', 'ms', 'vi', 'tl', 'fr', 'de', 'es', 'pt', 'nl', 'it', 'ru', 'zh', 'ja', 'ko', 'ar']

/**
 * tinyld (pure JavaScript, about 800 KB of n-gram tables), loaded on first use. It reads Malay
 * as Indonesian ("id") more often than not; a source's language stays editable.
 */
export const tinyldDetector: LanguageDetector = async (text) => {
  const { detect } = await import('tinyld')
  return detect(text, { only: DETECTED }) || null
}

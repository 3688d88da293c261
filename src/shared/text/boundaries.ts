/**
 * Words and sentences of a paragraph, for selecting text with the keyboard: a sentence to start
 * from, then a word or a sentence more or less. `Intl.Segmenter` cuts them, in the source's
 * language, so Thai, Lao, Khmer and Burmese (written without spaces) are cut into their words too.
 */

export interface Span {
  start: number
  end: number
}

const segmenters = new Map<string, { word: Intl.Segmenter; sentence: Intl.Segmenter }>()

function segmenterFor(language: string | undefined): { word: Intl.Segmenter; sentence: Intl.Segmenter } {
  const key = language ?? ''
  let found = segmenters.get(key)
  if (!found) {
    const locale = language && Intl.Segmenter.supportedLocalesOf([language]).length ? language : undefined
    found = { word: new Intl.Segmenter(locale, { granularity: 'word' }), sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }) }
    segmenters.set(key, found)
  }
  return found
}

/** The words of `text` (letters and digits; not spaces or punctuation), as offsets into it. */
export function wordsOf(text: string, language?: string): Span[] {
  const out: Span[] = []
  for (const s of segmenterFor(language).word.segment(text)) if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length })
  return out
}

/** The sentences of `text`, each without the spaces after it. */
export function sentencesOf(text: string, language?: string): Span[] {
  const out: Span[] = []
  for (const s of segmenterFor(language).sentence.segment(text)) {
    const end = s.index + s.segment.trimEnd().length
    if (end > s.index) out.push({ start: s.index, end })
  }
  return out
}

/**
 * The selection one unit longer (`step` 1) or shorter (-1) at its end, within `text` (a
 * paragraph: offsets are relative to it). Never shorter than its first unit, never past the text.
 */
export function extendSelection(text: string, selection: Span, unit: 'word' | 'sentence', step: 1 | -1, language?: string): Span {
  const units = unit === 'word' ? wordsOf(text, language) : sentencesOf(text, language)
  if (step === 1) {
    const next = units.find((u) => u.end > selection.end)
    return next === undefined ? selection : { start: selection.start, end: next.end }
  }
  // Shorter by the last unit the selection reaches into (with what follows it, a full stop),
  // to the end of the one before, if that one is still inside the selection.
  const last = units.findLastIndex((u) => u.start < selection.end)
  const before = last > 0 ? units[last - 1]! : null
  return before && before.end > selection.start ? { start: selection.start, end: before.end } : selection
}

/** The sentence that starts at or after `from` (the first, from 0), or null after the last. */
export function sentenceFrom(text: string, from: number, language?: string): Span | null {
  return sentencesOf(text, language).find((s) => s.start >= from) ?? null
}

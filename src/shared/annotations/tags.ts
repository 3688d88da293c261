/**
 * Tags have one written form, whatever was typed or pasted: two tags that look the same are the
 * same tag, and no tag hides characters or shows its text reversed. Every place that makes or
 * reads a tag (the tag inputs, the note writes, a restored backup) goes through `normaliseTag`.
 * A tag longer than `TAG_MAX_LENGTH` is refused with a message, never cut.
 */
import { fail, ok, type Result } from '../result'

/** Characters, counted as code points (what a user sees as letters, accents apart). */
export const TAG_MAX_LENGTH = 60

/**
 * Invisible characters that change how a tag is compared or drawn, not what it reads: zero-width
 * (soft hyphen, Mongolian vowel separator, zero-width space, non-joiner and joiner, word joiner,
 * invisible operators, byte-order mark) and bidirectional controls (LRM, RLM, ALM, embeddings,
 * overrides and isolates), which can show a tag reversed.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/**
 * A tag as stored: Unicode NFC, invisible characters removed, no leading '#', runs of whitespace
 * as one hyphen, lower case. Never shortened: check its length with `tagProblem`.
 */
export function normaliseTag(tag: string): string {
  return tag
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, '-')
    .toLowerCase()
    .normalize('NFC')
}

/** How many characters the tag has once normalised. */
export const tagLength = (tag: string): number => [...normaliseTag(tag)].length

/** Why a typed tag cannot be kept, as a sentence for the user; null when it can (or is empty). */
export function tagProblem(tag: string): string | null {
  return tagLength(tag) > TAG_MAX_LENGTH ? `A tag has at most ${TAG_MAX_LENGTH} characters: shorten this one to add it.` : null
}

/** Tags as a note stores them: each normalised, empty ones and repeats dropped, in their order. */
export const normaliseTags = (tags: readonly string[]): string[] => [...new Set(tags.map(normaliseTag).filter(Boolean))]

/** `normaliseTags`, or the first tag over the limit as a message: a caller refuses, never cuts. */
export function cleanTags(tags: readonly string[]): Result<string[]> {
  const problem = tags.map(tagProblem).find((p) => p !== null)
  return problem ? fail(problem) : ok(normaliseTags(tags))
}

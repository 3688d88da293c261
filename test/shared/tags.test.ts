import { describe, expect, it } from 'vitest'
import { TAG_MAX_LENGTH, cleanTags, normaliseTag, tagLength, tagProblem } from '../../src/shared/annotations/tags'

describe('normaliseTag', () => {
  it('keeps the tag rules users know: no leading #, spaces as hyphens, lower case', () => {
    expect(normaliseTag('  #To Verify ')).toBe('to-verify')
    expect(normaliseTag('## chapter 2')).toBe('chapter-2')
    expect(normaliseTag('ADM-2030')).toBe('adm-2030')
  })

  it('writes one form for what looks the same: NFC, zero-width characters removed', () => {
    expect(normaliseTag('cafe\u0301')).toBe(normaliseTag('caf\u00e9'))
    expect(normaliseTag('cafe\u0301')).toBe('caf\u00e9')
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) expect(normaliseTag(`a${invisible}b`)).toBe('ab')
    expect(new Set(['a\u200Bb', 'ab', '\uFEFFab', 'a\u2060b'].map(normaliseTag)).size).toBe(1)
  })

  it('removes bidirectional controls, so no tag shows reversed', () => {
    expect(normaliseTag('\u202Egnirts')).toBe('gnirts')
    for (const control of ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(normaliseTag(`x${control}y`)).toBe('xy')
    // Right-to-left letters themselves stay: only the controls go.
    expect(normaliseTag('\u202Bبيانات\u202C')).toBe('بيانات')
  })

  it('collapses every kind of whitespace to one hyphen', () => {
    expect(normaliseTag('data \t\n governance')).toBe('data-governance')
    expect(normaliseTag('data\u00A0\u3000governance')).toBe('data-governance')
    expect(normaliseTag('data \u200B governance')).toBe('data-governance')
  })

  it('never cuts a tag: a long one is reported instead', () => {
    const long = 'x'.repeat(10_000)
    expect(normaliseTag(long)).toHaveLength(10_000)
    expect(tagProblem(long)).toBe(`A tag has at most ${TAG_MAX_LENGTH} characters: shorten this one to add it.`)
  })

  it('counts characters, not UTF-16 units or invisible ones, against a limit of 60', () => {
    expect(TAG_MAX_LENGTH).toBe(60)
    expect(tagProblem('x'.repeat(60))).toBeNull()
    expect(tagProblem('x'.repeat(61))).not.toBeNull()
    expect(tagLength('😀'.repeat(60))).toBe(60)
    expect(tagProblem('😀'.repeat(60))).toBeNull()
    expect(tagProblem(`${'x'.repeat(60)}\u200B\u200B`)).toBeNull()
    expect(tagProblem('')).toBeNull()
  })
})

describe('cleanTags', () => {
  it('normalises, drops empty and repeated tags, keeps the order', () => {
    expect(cleanTags(['B', 'a\u200Bb', '#', 'ab', ' b '])).toEqual({ ok: true, value: ['b', 'ab'] })
  })

  it('refuses a list with a tag over the limit rather than cut it', () => {
    expect(cleanTags(['fine', 'y'.repeat(61)])).toEqual({ ok: false, error: expect.stringContaining('at most 60 characters') })
  })
})

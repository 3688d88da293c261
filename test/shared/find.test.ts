import { describe, expect, it } from 'vitest'
import { findAll } from '../../src/shared/text/find'

describe('find in a source', () => {
  it('finds every place, ignoring case, accents, tone marks and kinds of space, as offsets of the original', () => {
    const text = 'Hà Nội hosted it.\nIn  HA NOI, again; and in Ha\u00a0Noi.'
    const found = findAll(text, 'ha noi')
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Hà Nội', 'HA NOI', 'Ha\u00a0Noi'])
    expect(findAll('Đà Nẵng', 'da nang').map((f) => [f.start, f.end])).toEqual([[0, 7]])
    expect(findAll('ADM2030 and ADM 2030', 'adm 2030')).toEqual([{ start: 12, end: 20 }])
  })

  it('keeps the vowel and tone marks of Thai, Lao, Khmer and Burmese, which make their words', () => {
    // "ที่" (that) and "ทุก" (every) fold to nothing like "ท" + "ก" here: they are other words.
    const text = 'ทุกประเทศที่เข้าร่วมการประชุม ทกท'
    expect(findAll(text, 'ทก').map((f) => text.slice(f.start, f.end))).toEqual(['ทก'])
    expect(findAll(text, 'ที่').map((f) => text.slice(f.start, f.end))).toEqual(['ที่'])
    expect(findAll(text, 'ประชุม')).toEqual([{ start: 23, end: 29 }])
    // Thai digits are digits: "ครั้งที่ 5" finds "ครั้งที่ ๕".
    expect(findAll('การประชุมครั้งที่ ๕', 'ครั้งที่ 5')).toEqual([{ start: 9, end: 19 }])
  })

  it('finds nothing for an empty query, and stops at the limit', () => {
    expect(findAll('some text', '   ')).toEqual([])
    expect(findAll('a a a a a', 'a', 3)).toHaveLength(3)
  })
})

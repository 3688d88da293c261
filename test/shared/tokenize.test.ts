import { describe, expect, it } from 'vitest'
import { fold, tokenize, tokenWords } from '../../src/shared/text/tokenize'

describe('the shared tokenizer', () => {
  it('folds accents, tone marks and special letters for matching, keeping offsets into the original', () => {
    expect(tokenWords('Hà Nội, Nguyễn Mạnh Hùng, Đà Nẵng')).toEqual(['ha', 'noi', 'nguyen', 'manh', 'hung', 'da', 'nang'])
    expect(fold('Gusmão')).toBe('gusmao')
    expect(fold('Straße')).toBe('strasse')
    const text = 'Minister Phạm Minh Chính spoke'
    const [, pham] = tokenize(text)
    expect(text.slice(pham!.start, pham!.end)).toBe('Phạm')
  })

  it('cuts letters from digits, drops ordinal suffixes and possessives, keeps curly and straight apostrophes alike', () => {
    expect(tokenWords('ADGMIN4, ADGMIN-4, 4th ADGMIN, ADM2030')).toEqual(['adgmin', '4', 'adgmin', '4', '4', 'adgmin', 'adm', '2030'])
    expect(tokenWords('Singapore’s chair, Singapore\'s chair')).toEqual(['singapore', 'chair', 'singapore', 'chair'])
    expect(tokenWords('“ASEAN Digital Fund”')).toEqual(['asean', 'digital', 'fund'])
  })

  it('reads digits of any script as ASCII digits, keeping their offsets', () => {
    expect(tokenWords('ครั้งที่ ๕ ปี ๒๕๖๘')).toEqual(['ครั้ง', 'ที่', '5', 'ปี', '2568'])
    expect(tokenWords('ឆ្នាំ ២០២៥')).toContain('2025')
    expect(tokenWords('ຄັ້ງທີ ໕')).toContain('5')
    expect(tokenWords('၂၀၂၅ ခုနှစ်')).toContain('2025')
    expect(tokenize('ครั้งที่ ๕').at(-1)).toEqual({ text: '5', start: 9, end: 10 })
  })

  it('cuts Thai, written without spaces, into words', () => {
    const words = tokenWords('การหลอกลวงออนไลน์และโทรคมนาคม')
    expect(words).toContain('โทรคมนาคม')
    expect(words.length).toBeGreaterThan(2)
  })

  it('cuts Lao, Khmer and Burmese too, and Latin letters run into those scripts apart from them', () => {
    expect(tokenWords('การประชุมADGMINครั้งที่5')).toEqual(['การ', 'ประชุม', 'adgmin', 'ครั้ง', 'ที่', '5'])
    expect(tokenWords('ប្រជុំASEAN')).toEqual(['ប្រជុំ', 'asean'])
    expect(tokenWords('ການຫັນເປັນດີຈີຕອນ').length).toBeGreaterThan(1)
    expect(tokenWords('ဒစ်ဂျစ်တယ်ဝန်ကြီးများအစည်းအဝေး')).toContain('ဝန်ကြီး')
  })
})

import { describe, expect, it } from 'vitest'
import { detectLanguage, tinyldDetector } from '../../src/shared/text/language'
import { parseDocument } from '../../src/shared/import/parseDocument'

const tools = { readPdf: () => Promise.reject(new Error('no pdf')), detectLanguage: tinyldDetector }
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('a document’s language at import', () => {
  it('takes the declared language first, then the script, then the detector, else English', async () => {
    expect(await detectLanguage('ที่ประชุมรับรองปฏิญญากรุงเทพ', 'en-GB', tinyldDetector)).toEqual({ language: 'en-GB', by: 'declared' })
    expect(await detectLanguage('ที่ประชุมรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้านการหลอกลวงออนไลน์ (ADGMIN)', null)).toEqual({ language: 'th', by: 'script' })
    expect(await detectLanguage('ກອງປະຊຸມລັດຖະມົນຕີດີຈີຕອນອາຊຽນ', null)).toMatchObject({ language: 'lo' })
    expect(await detectLanguage('កិច្ចប្រជុំរដ្ឋមន្ត្រីឌីជីថលអាស៊ាន', null)).toMatchObject({ language: 'km' })
    expect(await detectLanguage('ဒစ်ဂျစ်တယ်ဝန်ကြီးများအစည်းအဝေး', null)).toMatchObject({ language: 'my' })
    expect(await detectLanguage('Hội nghị Bộ trưởng Số ASEAN lần thứ 6 diễn ra tại Hà Nội với chủ đề kết nối trí tuệ.', null)).toEqual({ language: 'vi', by: 'script' })
    const indonesian = 'Delegasi Indonesia mendorong negara-negara ASEAN memperkuat kerja sama pemberantasan penipuan daring dalam pertemuan para menteri digital.'
    expect(await detectLanguage(indonesian, null, tinyldDetector)).toEqual({ language: 'id', by: 'detector' })
    expect(await detectLanguage(indonesian, null)).toEqual({ language: 'en', by: 'default' })
  })

  it('reads English with a Thai or Vietnamese name in it as English', async () => {
    const mixed = 'Thai coverage of the fifth meeting used the term ปฏิญญากรุงเทพ for the Bangkok Declaration, and Vietnamese outlets quoted Nguyễn Mạnh Hùng on the theme of the Hanoi meeting.'
    expect(await detectLanguage(mixed, null, tinyldDetector)).toMatchObject({ language: 'en' })
  })

  it('records the language found and how in the imported source', async () => {
    const thai = await parseDocument('release.txt', bytes('ข่าวประชาสัมพันธ์\n\nที่ประชุมรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้านการหลอกลวงออนไลน์'), tools)
    expect(thai.metadata.language).toBe('th')
    expect(thai.cleaning).toContain('Language: th (from its script); edit it in "Edit details".')
    const declared = await parseDocument('page.html', bytes('<html lang="vi"><head><title>Tin</title></head><body><p>Hà Nội</p></body></html>'), tools)
    expect(declared.metadata.language).toBe('vi')
    const malay = await parseDocument('kenyataan.txt', bytes('Kenyataan media\n\nKementerian Digital menyambut baik keputusan mesyuarat menteri-menteri digital yang diadakan di Hanoi, dan akan memperkukuh keselamatan siber negara.'), tools)
    expect(['ms', 'id']).toContain(malay.metadata.language)
  })
})

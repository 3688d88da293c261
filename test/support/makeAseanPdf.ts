/**
 * `npx tsx test/support/makeAseanPdf.ts`: writes `test/fixtures/import/thai-vietnamese.pdf`, a
 * page of Thai and Vietnamese (sentences written for the tests) printed to PDF by Chromium with
 * the bundled Noto Sans Thai. Such a PDF places a Thai or Vietnamese word in pieces, wherever a
 * vowel or tone mark was placed apart, and gives a few stacked marks no text at all: what the
 * import's PDF reading must cope with.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium } from '../e2e/chromium'

const root = resolve(import.meta.dirname, '../..')
const font = (f: string) => readFileSync(`${root}/node_modules/@fontsource/${f}`).toString('base64')
const thai = font('noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2')
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
await page.setContent(`<html><head><style>@font-face{font-family:T;src:url(data:font/woff2;base64,${thai})} body{font-family:T, sans-serif;font-size:14px}</style></head><body>
<h1>ข่าวกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม</h1>
<p>ที่ประชุมรัฐมนตรีดิจิทัลอาเซียนครั้งที่ ๕ ให้การรับรองปฏิญญากรุงเทพว่าด้วยการต่อต้านการหลอกลวงออนไลน์</p>
<p>ประเทศไทยเสนอให้ผู้ให้บริการโทรคมนาคมปิดกั้นเบอร์โทรศัพท์ที่ใช้ในการฉ้อโกง</p>
<p>Hội nghị Bộ trưởng Số ASEAN lần thứ 6 khai mạc tại Hà Nội.</p>
</body></html>`)
await page.evaluate(() => document.fonts.ready)
writeFileSync(resolve(root, 'test/fixtures/import/thai-vietnamese.pdf'), await page.pdf({ format: 'A4' }))
await browser.close()

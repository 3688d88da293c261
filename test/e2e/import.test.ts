import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, screenshot, selectInReader, type AppSession } from './app'

let app: AppSession | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

interface UploadFile {
  name: string
  mimeType: string
  buffer: Buffer
}
const upload = (name: string, content: string | Buffer, mimeType = 'text/plain'): UploadFile => ({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content })

const RELEASE = `<!doctype html><html lang="en"><head><title>ASEAN ministers chart quantum cooperation</title>
<meta property="og:site_name" content="ASEAN Secretariat"><meta name="date" content="2027-01-16">
<link rel="canonical" href="https://asean.org/adgmin7-quantum"></head><body>
<h1>ASEAN ministers chart quantum cooperation</h1>
<p>Ha Noi, 16 January 2027. Ministers reviewed progress on the ASEAN Digital Masterplan 2030 and agreed on kangaroo-proof submarine cables.</p>
<p>They launched the ASEAN Working Group on Quantum Computing (WG-QC) to coordinate research.</p>
<script>window.__xss = 'ran'</script></body></html>`

const NOTE_MD = `---\ntitle: Field notes from Ha Noi\ndate: 2027-01-17\n---\n\n# Field notes\n\nDelegates mentioned wombat-grade encryption twice.\n`

/** Picks files through the app's own file input, as a user would in the browser build. */
async function importThrough(page: Page, files: UploadFile[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import documents…' }).click()])
  await chooser.setFiles(files)
}

describe('import', () => {
  it('imports an HTML release and a Markdown note, finds both by search, links known records, and turns a suggestion into an initiative that exports', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    // The files are read in the import's worker, which the app's CSP lets start.
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await importThrough(page, [upload('release.html', RELEASE, 'text/html'), upload('field notes.md', NOTE_MD, 'text/markdown')])
    const dialog = page.getByRole('dialog', { name: 'Import documents' })
    await dialog.getByRole('status').filter({ hasText: '2 imported.' }).waitFor()
    expect(workers).toContainEqual(expect.stringMatching(/\/assets\/parse\.worker-[\w-]+\.js$/))
    await screenshot(page, 'import-dialog-light')
    const list = dialog.getByRole('list', { name: 'Imported files' })
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Imported release\.html ASEAN ministers chart quantum cooperation · \d+ links? to known records$/),
      expect.stringMatching(/^Imported field notes\.md Field notes from Ha Noi/)
    ])
    await list.getByRole('link', { name: 'ASEAN ministers chart quantum cooperation' }).click()

    // The reader: metadata found, the known initiative linked, the script not run.
    await page.getByRole('heading', { level: 1, name: 'ASEAN ministers chart quantum cooperation' }).waitFor()
    expect(await page.locator('.subtitle').first().textContent()).toMatch(/ASEAN Secretariat · 16 Jan(uary)? 2027/)
    const linked = page.locator('.reader-text').getByRole('link', { name: 'ASEAN Digital Masterplan 2030' })
    await linked.waitFor()
    expect(await linked.getAttribute('href')).toContain('/initiatives/adm-2030')
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
    await screenshot(page, 'imported-source-light')

    // Both documents are searchable once the index has taken them in.
    const box = page.getByRole('searchbox', { name: 'Search' })
    await box.fill('"kangaroo-proof submarine cables"')
    await page.getByRole('region', { name: /^Source passages/ }).getByText(/kangaroo-proof/).first().waitFor({ timeout: 20_000 })
    await box.fill('wombat-grade')
    await page.getByRole('region', { name: /^Source passages/ }).getByText(/wombat-grade/).first().waitFor({ timeout: 20_000 })

    // A suggestion becomes the user's initiative, with the sentence as evidence.
    await page.goto(app.url('/sources'))
    await page.getByRole('link', { name: 'ASEAN ministers chart quantum cooperation' }).click()
    const suggestions = page.getByRole('list', { name: 'Suggestions' })
    await suggestions.getByText('ASEAN Working Group on Quantum Computing', { exact: true }).waitFor()
    // The text selected in the reader becomes the evidence.
    const EVIDENCE = 'launched the ASEAN Working Group on Quantum Computing (WG-QC) to coordinate research'
    await selectInReader(page, EVIDENCE)
    await page.getByText(`The selected text becomes the evidence: “${EVIDENCE}”`).waitFor()
    await suggestions.getByRole('button', { name: 'Add “ASEAN Working Group on Quantum Computing” as an initiative' }).click()
    await page.getByRole('heading', { level: 1, name: 'ASEAN Working Group on Quantum Computing' }).waitFor()
    const evidence = page.locator('details').filter({ hasText: 'Evidence' }).first()
    await evidence.locator('summary').click()
    await evidence.getByText(EVIDENCE).waitFor()
    await screenshot(page, 'user-initiative-light')

    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export…' }).click()])
    const md = readFileSync(await download.path(), 'utf8')
    expect(md).toContain('title: "ASEAN Working Group on Quantum Computing"')
    expect(md).toContain('kind: "working-group"')
    expect(md).toContain('acronym: "WG-QC"')
    expect(md).toContain(`ASEAN ministers chart quantum cooperation”: ${EVIDENCE}`)
    expect(app.problems).toEqual([])
  })

  it('names each bad file and its reason, and keeps what was stored', async () => {
    app = await openApp({ hashPath: '/sources' })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    await page.locator('.source-list > li').first().waitFor()
    const sourcesBefore = await page.locator('.source-list > li').count()
    const fixture = (name: string): Buffer => readFileSync(resolve(__dirname, '../fixtures/import', name))
    await importThrough(page, [
      upload('empty.txt', ''),
      upload('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4])),
      upload('broken.pdf', fixture('broken.pdf'), 'application/pdf'),
      upload('scan.pdf', fixture('scan.pdf'), 'application/pdf'),
      upload('odd name — (1) #2 ü.md', '# Odd name\n\nStill imported.'),
      upload('statement.pdf', fixture('statement.pdf'), 'application/pdf')
    ])
    const dialog = page.getByRole('dialog', { name: 'Import documents' })
    await dialog.getByRole('status').filter({ hasText: '2 imported, 4 not imported.' }).waitFor({ timeout: 30_000 })
    const items = await dialog.getByRole('list', { name: 'Imported files' }).getByRole('listitem').allTextContents()
    expect(items).toEqual(
      expect.arrayContaining([
        'Not imported empty.txt: the file is empty.',
        'Not imported photo.txt: it is not a text file (it holds binary data); check that it is really a .txt file.',
        expect.stringMatching(/^Not imported broken\.pdf: the PDF (is damaged|cannot be read)/),
        'Not imported scan.pdf: the PDF has no text layer (it may be a scan); run it through OCR first.',
        expect.stringMatching(/^Imported odd name — \(1\) #2 ü\.md Odd name/),
        expect.stringMatching(/^Imported statement\.pdf Joint Statement of the 7th ADGMIN/)
      ])
    )
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => page.locator('.source-list > li').count()).toBe(sourcesBefore + 2)
    // The PDF's pages are kept: its second page's text is there.
    await page.getByRole('link', { name: 'Joint Statement of the 7th ADGMIN' }).click()
    await page.locator('.reader-text').getByText(/Page two: the ASEAN Working Group on Quantum Computing/).waitFor()
    // What the import found is the user's to correct.
    await page.getByRole('button', { name: 'Edit details' }).click()
    const form = page.getByRole('form', { name: 'Document details' })
    await form.getByRole('textbox', { name: 'Title' }).fill('Joint Statement of the 7th ADGMIN (draft)')
    await form.getByRole('textbox', { name: 'Publisher' }).fill('ASEAN Secretariat')
    await form.getByRole('textbox', { name: 'URL' }).fill('javascript:alert(1)')
    await form.getByRole('button', { name: 'Save details' }).click()
    await form.getByRole('alert').filter({ hasText: 'The URL must start with http:// or https://.' }).waitFor()
    await form.getByRole('textbox', { name: 'URL' }).fill('https://asean.org/adgmin7-statement')
    await form.getByRole('textbox', { name: 'Translated from' }).fill('th')
    await form.getByRole('button', { name: 'Save details' }).click()
    await page.getByRole('heading', { level: 1, name: 'Joint Statement of the 7th ADGMIN (draft)' }).waitFor()
    // The reference, formatted in the citation style, gives the link and says it is a translation.
    await page.locator('.citation').filter({ hasText: 'https://asean.org/adgmin7-statement' }).waitFor()
    expect(await page.locator('.citation').textContent()).toContain('Translated from Thai')
    // The edited title is what search finds once the index has taken the change.
    await page.getByRole('searchbox', { name: 'Search' }).fill('draft')
    await page.getByRole('region', { name: /^Source passages/ }).getByText('Joint Statement of the 7th ADGMIN (draft)').first().waitFor({ timeout: 20_000 })
    // Files dropped on the window are imported the same way.
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer()
      data.items.add(new File(['# Dropped briefing\n\nA note on the ASEAN Digital Masterplan 2030.'], 'dropped briefing.md', { type: 'text/markdown' }))
      return data
    })
    await page.dispatchEvent('.app', 'dragover', { dataTransfer: dropped })
    await page.dispatchEvent('.app', 'drop', { dataTransfer: dropped })
    await dialog.getByRole('status').filter({ hasText: '1 imported.' }).waitFor()
    await dialog.getByRole('link', { name: 'Dropped briefing' }).click()
    await page.locator('.reader-text').getByRole('link', { name: 'ASEAN Digital Masterplan 2030' }).waitFor()
    // pdf.js warns about fonts it does not load; that is expected and not an error.
    expect(app.problems).toEqual([])
  })

  it('never runs script from over 100 hostile payloads imported as HTML and Markdown, and the CSP blocks inline script anyway', async () => {
    const payloads = readFileSync(resolve(__dirname, '../fixtures/import/xss-payloads.txt'), 'utf8').split('\n').filter(Boolean)
    expect(payloads.length).toBeGreaterThanOrEqual(100)
    app = await openApp({
      hashPath: '/sources',
      beforeOpen: async (page) => {
        // The trap: any payload that runs flips it.
        await page.addInitScript(() => {
          const w = window as unknown as { __xss: () => void; __xssRan: number; alert: () => void }
          w.__xssRan = 0
          w.__xss = () => void (w.__xssRan += 1)
          w.alert = () => void (w.__xssRan += 1)
          const h = window as unknown as { __hovers: number }
          h.__hovers = 0
          window.addEventListener('mouseover', () => void (h.__hovers += 1))
        })
      }
    })
    const { page } = app
    await page.getByText(/^Dataset \d/).waitFor()
    // The trap works: calling it counts, then it is reset.
    expect(await page.evaluate(() => ((window as unknown as { __xss: () => void; __xssRan: number }).__xss(), (window as unknown as { __xssRan: number }).__xssRan))).toBe(1)
    await page.evaluate(() => void ((window as unknown as { __xssRan: number }).__xssRan = 0))
    const files: UploadFile[] = payloads.map((p, i) => upload(`payload-${String(i).padStart(3, '0')}.html`, `<html><head><title>Payload ${i}</title></head><body><p>Payload ${i} text.</p>${p}</body></html>`, 'text/html'))
    files.push(upload('all-payloads.html', `<html><head><title>All payloads</title></head><body><h1>All payloads</h1>${payloads.map((p, i) => `<p>P${i}: ${p}</p>`).join('\n')}</body></html>`, 'text/html'))
    files.push(
      upload(
        'all-payloads.md',
        `# All payloads in Markdown\n\n${payloads.join('\n\n')}\n\n[link](javascript:__xss())\n\n![img](javascript:__xss())\n\n<javascript:__xss()>\n\n[data](data:text/html,<script>__xss()</script>)\n`,
        'text/markdown'
      )
    )
    await importThrough(page, files)
    const dialog = page.getByRole('dialog', { name: 'Import documents' })
    await dialog.getByRole('status').filter({ hasText: /\d+ imported/ }).waitFor({ timeout: 60_000 })
    await dialog.getByRole('button', { name: 'Done' }).click()
    for (const title of ['All payloads', 'All payloads in Markdown']) {
      await page.goto(app.url('/sources'))
      await page.getByRole('link', { name: title, exact: true }).click()
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await page.locator('.reader-text p').first().waitFor()
      // Nothing active made it into the page.
      expect(await page.locator('.reader-text script, .reader-text img, .reader-text iframe, .reader-text svg, .reader-text [onerror], .reader-text a[href^="javascript"]').count()).toBe(0)
      // Hover the text and wait until the pointer events have been dispatched: an inline
      // handler on the element would have run before the event reached the window.
      const seen = await page.evaluate(() => (window as unknown as { __hovers: number }).__hovers)
      await page.mouse.move(5, 5)
      await page.mouse.move(200, 300, { steps: 4 })
      await page.waitForFunction((before) => (window as unknown as { __hovers: number }).__hovers > before, seen)
    }
    expect(await page.evaluate(() => (window as unknown as { __xssRan: number }).__xssRan)).toBe(0)

    // Even if sanitising were skipped, the CSP refuses inline script and inline handlers.
    // An inline script runs as it is appended; an inline handler runs first among its element's
    // listeners. So once both images have fired load/error (our own listeners) and the refusals
    // of both kinds are reported, anything the policy let through would have run.
    const blocked = await page.evaluate(async () => {
      const violations: string[] = []
      const reported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          violations.push(e.violatedDirective)
          if (violations.includes('script-src-elem') && violations.includes('script-src-attr')) resolve()
        })
      )
      const script = document.createElement('script')
      script.textContent = '__xss()'
      document.body.append(script)
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="data:," onload="__xss()"><img src="x-missing.png" onerror="__xss()">'
      const fired = [...holder.querySelectorAll('img')].map((img) => new Promise((done) => (img.addEventListener('load', done), img.addEventListener('error', done))))
      document.body.append(holder)
      const noReport = new Promise((_, reject) => setTimeout(() => reject(new Error(`the policy reported only ${JSON.stringify(violations)}`)), 15_000))
      await Promise.race([Promise.all([reported, ...fired]), noReport])
      return { violations, ran: (window as unknown as { __xssRan: number }).__xssRan }
    })
    expect(blocked.ran).toBe(0)
    expect(blocked.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']))
    // The CSP reports its refusals on the console; those are the expected ones, nothing else.
    expect(app.problems.filter((p) => !/Content Security Policy|x-missing\.png|404/.test(p))).toEqual([])
  })
})

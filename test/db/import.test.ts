import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { ImportTools } from '../../src/shared/import/parseDocument'
import { nodeImportTools } from '../../scripts/lib/library'
import type { DeskDatabase } from '../../src/renderer/src/db/db'
import { freshDatabases } from '../support/freshDatabase'
import { ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { ImportStopped, importFiles, summarise, type ImportFile } from '../../src/renderer/src/features/import/importService'
import { readShippedFile } from '../support/dataset'
import { densePages } from '../support/densePages'
import { ok, fail } from '../../src/shared/result'
import type { StorageSpace } from '../../src/shared/ipc'

const freshDb = freshDatabases('import-test')
async function datasetDb(): Promise<DeskDatabase> {
  const db = freshDb()
  await ensureDataset(db, readShippedFile)
  return db
}

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/import', name)))
const file = (name: string, content: string | Uint8Array): ImportFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return { name, size: bytes.length, bytes }
}

/** The query command's tools: the renderer's, with pdf.js's Node build. */
const tools: ImportTools = nodeImportTools

const RELEASE = `<!doctype html><html lang="en"><head><title>ASEAN ministers meet in Ha Noi</title>
<meta property="og:site_name" content="ASEAN Secretariat"><meta name="date" content="2027-01-16">
<link rel="canonical" href="https://asean.org/adgmin7-release"></head>
<body><h1>ASEAN ministers meet in Ha Noi</h1><p>Ministers reviewed the ASEAN Digital Masterplan 2030 and DEFA.</p>
<script>window.__trap = 1</script></body></html>`

describe('importing files', () => {
  it('imports HTML, Markdown, text and PDF with their metadata, linking known records', async () => {
    const db = await datasetDb()
    const outcomes = await importFiles(
      [
        file('release.html', RELEASE),
        file('notes.md', '---\ntitle: Reading notes on DEFA\ndate: 2026-05-02\n---\n\nDEFA negotiations continue.'),
        file('memo.txt', 'Memo on the ASEAN Digital Fund\n12 March 2026\n\nThe ASEAN Digital Fund was renamed.'),
        file('statement.pdf', fixture('statement.pdf'))
      ],
      { database: db, tools }
    )
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported'])
    const html = await db.sources.get((outcomes[0] as { sourceId: string }).sourceId)
    expect(html).toMatchObject({ title: 'ASEAN ministers meet in Ha Noi', publisher: 'ASEAN Secretariat', publishedOn: '2027-01-16', url: 'https://asean.org/adgmin7-release', language: 'en', origin: 'user', format: 'html' })
    expect(html!.text).toBe('ASEAN ministers meet in Ha Noi\n\nMinisters reviewed the ASEAN Digital Masterplan 2030 and DEFA.')
    const mentions = await db.mentions.where('sourceId').equals(html!.id).toArray()
    expect(mentions.map((m) => m.entityId)).toEqual(expect.arrayContaining(['adm-2030', 'defa']))
    expect(await db.sources.get((outcomes[1] as { sourceId: string }).sourceId)).toMatchObject({ title: 'Reading notes on DEFA', publishedOn: '2026-05-02', format: 'markdown' })
    expect(await db.sources.get((outcomes[2] as { sourceId: string }).sourceId)).toMatchObject({ title: 'Memo on the ASEAN Digital Fund', publishedOn: '2026-03-12', format: 'text' })
    const pdf = await db.sources.get((outcomes[3] as { sourceId: string }).sourceId)
    expect(pdf).toMatchObject({ title: 'Joint Statement of the 7th ADGMIN', publishedOn: '2027-01-15', format: 'pdf' })
    expect(pdf!.pages).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: pdf!.text.indexOf('Page two') }
    ])
    expect(summarise(outcomes)).toBe('4 imported.')
  })

  it('says "already imported" for the same text, and takes a new version of a file in place', async () => {
    const db = await datasetDb()
    const [first] = await importFiles([file('release.html', RELEASE)], { database: db, tools })
    const again = await importFiles([file('copy-of-release.html', RELEASE.replace('<p>', '<p>  '))], { database: db, tools })
    expect(again).toEqual([{ name: 'copy-of-release.html', status: 'duplicate', sourceId: (first as { sourceId: string }).sourceId, title: 'ASEAN ministers meet in Ha Noi' }])
    const revised = await importFiles([file('release.html', RELEASE.replace('and DEFA', 'and DEFA, and launched a new fund'))], { database: db, tools })
    expect(revised[0]).toMatchObject({ status: 'updated', sourceId: (first as { sourceId: string }).sourceId })
    expect(await db.sources.filter((s) => s.origin === 'user').count()).toBe(1)
    expect((await db.sources.get((first as { sourceId: string }).sourceId))!.text).toContain('launched a new fund')
  })

  it('refuses bad files one by one with the reason, storing nothing of them', async () => {
    const db = await datasetDb()
    const before = await db.sources.count()
    const big = { name: 'huge.txt', size: 50 * 1024 * 1024 + 1, bytes: new Uint8Array(50 * 1024 * 1024 + 1).fill(65) }
    const outcomes = await importFiles(
      [
        file('empty.md', ''),
        file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3])),
        file('scan.pdf', fixture('scan.pdf')),
        file('broken.pdf', fixture('broken.pdf')),
        file('encrypted.pdf', fixture('encrypted.pdf')),
        file('fake.pdf', 'not a pdf at all'),
        file('sheet.xlsx', 'PK'),
        file('blank.html', '<html><body><script>alert(1)</script></body></html>'),
        big,
        { name: 'pipe.txt', size: 0, bytes: new Uint8Array(0), refused: 'it is not a regular file (a folder, a device or a pipe), so it was not opened.' },
        file('good 名前 (1) #2.md', '# Still fine\n\nAn odd file name.')
      ],
      { database: db, tools }
    )
    const reasons = Object.fromEntries(outcomes.map((o) => [o.name, o.status === 'failed' ? o.reason : o.status]))
    expect(reasons).toEqual({
      'empty.md': 'the file is empty.',
      'photo.txt': 'it is not a text file (it holds binary data); check that it is really a .txt file.',
      'scan.pdf': 'the PDF has no text layer (it may be a scan); run it through OCR first.',
      'broken.pdf': expect.stringMatching(/^the PDF (is damaged|cannot be read)/),
      'encrypted.pdf': 'the PDF is password-protected; save an unprotected copy and import that.',
      'fake.pdf': 'it is not a PDF (it lacks the %PDF header).',
      'sheet.xlsx': '.xlsx files are not supported; import HTML, Markdown, text or PDF.',
      'blank.html': 'the page has no readable text.',
      'huge.txt': 'the file is larger than the 50 MB limit.',
      'pipe.txt': 'it is not a regular file (a folder, a device or a pipe), so it was not opened.',
      'good 名前 (1) #2.md': 'imported'
    })
    expect(await db.sources.count()).toBe(before + 1)
  })

  it('takes 200 files at once', async () => {
    const db = await datasetDb()
    const outcomes = await importFiles(
      Array.from({ length: 200 }, (_, i) => file(`release ${i}.html`, `<title>Release ${i}</title><p>Ministers met on the ASEAN Digital Masterplan 2030, item ${i}.</p>`)),
      { database: db, tools }
    )
    expect(summarise(outcomes)).toBe('200 imported.')
    expect(await db.mentions.filter((m) => m.sourceId.startsWith('user-') && m.entityId === 'adm-2030').count()).toBe(200)
  })

  it('links the first five places each known record is named, so a long page stays a few rows', async () => {
    const db = await datasetDb()
    const text = `Report on DEFA\n\n${Array.from({ length: 30 }, (_, i) => `DEFA talks, round ${i}.`).join(' ')} The ASEAN Digital Masterplan 2030 twice: ADM 2030.`
    const [outcome] = await importFiles([file('long.txt', text)], { database: db, tools })
    const id = (outcome as { sourceId: string }).sourceId
    const rows = await db.mentions.where('sourceId').equals(id).toArray()
    expect(rows.filter((m) => m.entityId === 'defa')).toHaveLength(5)
    expect(rows.filter((m) => m.entityId === 'adm-2030')).toHaveLength(2)
    expect(outcome).toMatchObject({ status: 'imported', mentions: rows.length })
    // The reader's links and the record's list read these rows: the first places, in order.
    const defa = rows.filter((m) => m.entityId === 'defa').sort((a, b) => a.start - b.start)
    expect(defa.map((m) => text.slice(m.start, m.end))).toEqual(Array(5).fill('DEFA'))
    expect(defa[0]!.start).toBe(text.indexOf('DEFA'))
    expect(defa[4]!.end).toBeLessThan(text.indexOf('round 5.'))
  })

  it('reads a malformed HTML page as far as it goes', async () => {
    const db = await datasetDb()
    const [outcome] = await importFiles([file('broken.html', '<html><body><p>Unclosed <b>bold <div>ASEAN <i>text</p></span></table>&amp; more')], { database: db, tools })
    expect(outcome).toMatchObject({ status: 'imported' })
    // A <div> ends the open paragraph, as a browser lays it out.
    expect((await db.sources.get((outcome as { sourceId: string }).sourceId))!.text).toBe('Unclosed bold\n\nASEAN text\n\n& more')
  })

  it('refuses more files than a batch takes, and stops at a cancel between chunks', async () => {
    const db = await datasetDb()
    const tooMany = Array.from({ length: 5001 }, (_, i) => file(`n${i}.txt`, 'x'))
    expect((await importFiles(tooMany, { database: db, tools }))[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/more than the 5000/) })
    expect(await db.sources.filter((s) => s.origin === 'user').count()).toBe(0)
    const many = Array.from({ length: 600 }, (_, i) => file(`n${i}.txt`, `Note ${i}\n\nText ${i}.`))
    // A cancel before the first chunk is written stores nothing.
    const early = new AbortController()
    expect(await importFiles(many, { database: db, tools, signal: early.signal, onProgress: () => early.abort() })).toEqual([])
    expect(await db.sources.filter((s) => s.origin === 'user').count()).toBe(0)
    // Read first, then written (the room is checked exactly: the most 600 files could store does
    // not fit in 60 MB, what they do store does): a cancel after the first chunk of 250 keeps it.
    const controller = new AbortController()
    const progress: string[] = []
    const outcomes = await importFiles(many, {
      database: db,
      tools,
      signal: controller.signal,
      space: async () => ok<StorageSpace>({ kind: 'browser-quota', free: 60 * 1024 * 1024, total: 1024 * 1024 * 1024 }),
      onProgress: (p) => {
        progress.push(`${p.phase} ${p.done}`)
        if (p.phase === 'storing' && p.done >= 250) controller.abort()
      }
    })
    // Whole chunks or nothing: the first chunk of 250 was written, then the cancel stopped it.
    expect(outcomes).toHaveLength(250)
    expect(await db.sources.filter((s) => s.origin === 'user').count()).toBe(250)
    expect(progress[0]).toBe('reading 0')
    expect(progress).toContain('storing 0')
  })

  it('writes while it reads when even the most the files could store fits, and a cancel keeps whole chunks', async () => {
    const db = await datasetDb()
    const many = Array.from({ length: 600 }, (_, i) => file(`n${i}.txt`, `Note ${i}\n\nText ${i} on the ASEAN Digital Masterplan 2025.`))
    const controller = new AbortController()
    let read = 0
    let storedWhileReading = 0
    const reading: ImportTools = {
      ...tools,
      // Called once per file (plain text declares no language); a task each, as a worker's answer is.
      detectLanguage: async (text) => {
        if (++read === 500) {
          storedWhileReading = await db.sources.filter((s) => s.origin === 'user').count()
          controller.abort()
        }
        await new Promise((resolve) => setTimeout(resolve, 0))
        return tools.detectLanguage!(text)
      }
    }
    const outcomes = await importFiles(many, { database: db, tools: reading, signal: controller.signal, space: async () => ok<StorageSpace>({ kind: 'disk', free: 2 ** 40, total: 2 ** 41 }) })
    const stored = await db.sources.filter((s) => s.origin === 'user').count()
    expect(storedWhileReading).toBeGreaterThanOrEqual(100)
    // Chunks of 100 while reading: whole ones only, each listed as imported, with its mentions.
    expect(stored % 100).toBe(0)
    expect(stored).toBeLessThan(600)
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(stored)
    expect(await db.mentions.filter((m) => m.sourceId.startsWith('user-')).count()).toBe(stored)
  })

  it('keeps imported sources and their mentions through a dataset upgrade', async () => {
    const db = await datasetDb()
    const [imported] = await importFiles([file('release.html', RELEASE)], { database: db, tools })
    const id = (imported as { sourceId: string }).sourceId
    await db.meta.put({ key: 'datasetVersion', value: 'older' })
    await ensureDataset(db, readShippedFile)
    expect(await db.sources.get(id)).toBeDefined()
    expect(await db.mentions.where('sourceId').equals(id).count()).toBeGreaterThan(0)
  })
})

describe('room for an import', () => {
  const MB = 1024 * 1024
  const browserRoom = (free: number) => async () => ok<StorageSpace>({ kind: 'browser-quota', free, total: 1024 * MB })
  const userRows = async (db: DeskDatabase) => ({
    sources: await db.sources.filter((s) => s.origin === 'user').count(),
    mentions: await db.mentions.filter((m) => m.sourceId.startsWith('user-')).count(),
    notes: await db.annotations.count()
  })
  const pages = densePages(20).map((p) => file(p.name, p.text))

  it('refuses an import that would not fit before writing anything, and says how much it needs', async () => {
    const db = await datasetDb()
    await db.annotations.bulkAdd(['a', 'b', 'c'].map((id) => ({ id, kind: 'note' as const, targetType: 'initiative' as const, targetId: 'defa', body: `Note ${id}`, tags: [], links: [], created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', deleted: null })))
    const before = await userRows(db)
    const refused = await importFiles(pages, { database: db, tools, space: browserRoom(9 * MB) }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ImportStopped)
    expect((refused as ImportStopped).message).toMatch(/^Not enough storage space: this import needs about 1\d MB; the browser lets this app store about 9 MB more\. Nothing was stored and your notes are safe\./)
    expect((refused as ImportStopped).outcomes).toEqual([])
    expect(await userRows(db)).toEqual(before)
    // With room, the same files go in.
    expect(summarise(await importFiles(pages, { database: db, tools, space: browserRoom(40 * MB) }))).toBe('20 imported.')
  })

  it('counts a desktop disk with a reserve for the system', async () => {
    const db = await datasetDb()
    const disk = async () => ok<StorageSpace>({ kind: 'disk', free: 30 * MB, total: 30 * MB })
    await expect(importFiles(pages.slice(0, 2), { database: db, tools, space: disk })).rejects.toThrow(/^Not enough free disk space: this import needs about \d+ MB; 30 MB are free\./)
  })

  it('goes ahead when the room cannot be read', async () => {
    const db = await datasetDb()
    expect(summarise(await importFiles(pages.slice(0, 3), { database: db, tools, space: async () => fail('statfs failed') }))).toBe('3 imported.')
  })

  it('stops at a failed write, in plain words, keeping the chunks stored before it', async () => {
    const db = await datasetDb()
    const many = Array.from({ length: 300 }, (_, i) => file(`n${i}.txt`, `Note ${i}\n\nDEFA, item ${i}.`))
    const bulkPut = db.mentions.bulkPut.bind(db.mentions)
    let calls = 0
    vi.spyOn(db.mentions, 'bulkPut').mockImplementation(((rows: never) => {
      if (++calls === 2) throw new DOMException('', 'QuotaExceededError')
      return bulkPut(rows)
    }) as never)
    const stopped = await importFiles(many, { database: db, tools, space: browserRoom(1024 * MB) }).catch((error: unknown) => error)
    expect(stopped).toBeInstanceOf(ImportStopped)
    expect((stopped as ImportStopped).message).toBe(
      'The disk is full: the import stopped and the documents listed as imported are stored; your notes are safe. Free some space and try again.'
    )
    const outcomes = (stopped as ImportStopped).outcomes
    // Written while read, in chunks of 100 (the room allows even the most they could store).
    expect(summarise(outcomes)).toBe('100 imported, 200 not imported.')
    expect(outcomes[100]).toEqual({ name: 'n100.txt', status: 'failed', reason: 'not stored: the import stopped before it (see above).' })
    expect(await db.sources.filter((s) => s.origin === 'user').count()).toBe(100)
  })
})

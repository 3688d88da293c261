import { describe, expect, it } from 'vitest'
import {
  RESERVE_BYTES,
  SAFETY_FACTOR,
  checkRoom,
  documentSize,
  estimateImportBytes,
  megabytes,
  mostStoredFor,
  passageCount,
  storedStringBytes
} from '../../src/shared/import/storageEstimate'
import { passageDocuments } from '../../src/shared/search/documents'
import { linkedMentions, recordTerms } from '../../src/shared/mentions/findMentions'
import { densePages } from '../support/densePages'
import { shippedDataset } from '../support/dataset'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from '../../src/shared/import/parseDocument'

const MB = 1024 * 1024
const nothingIndexed = { textBytes: 0, passages: 0 }

/**
 * Peaks measured with `bench/storage.ts` (Chromium 156), from before the import to after the index
 * was stored: when the index held its passages' texts (which set the ratios), and since it holds
 * none and an import adds a segment (`latest`).
 */
const MEASURED = [
  { name: 'generated, dense with known names', textBytes: 6_221_966, passages: 13_071, mentionRows: 13_799, peak: 18_110_898 },
  { name: 'generated, no known names', textBytes: 6_221_966, passages: 12_759, mentionRows: 299, peak: 9_808_907 },
  { name: 'real prose', textBytes: 12_263_168, passages: 36_190, mentionRows: 26_900, peak: 46_157_194 },
  { name: 'dense, before the mention cap', textBytes: 6_221_966, passages: 13_071, mentionRows: 113_573, peak: 81_676_778 }
]
const LATEST = [
  { name: 'generated, dense with known names', textBytes: 6_221_966, passages: 13_071, mentionRows: 13_798, peak: 10_008_997 },
  { name: 'generated, no known names', textBytes: 6_221_966, passages: 12_759, mentionRows: 298, peak: 6_461_339 },
  { name: 'real prose', textBytes: 11_691_138, passages: 34_569, mentionRows: 26_462, peak: 40_376_073 }
]

describe('estimateImportBytes', () => {
  it.each(MEASURED)('is never below what Chromium took, and at most 1.7 times it: $name', ({ textBytes, passages, mentionRows, peak }) => {
    const estimate = estimateImportBytes([{ textBytes, passages, mentionRows }], nothingIndexed)
    expect(estimate).toBeGreaterThan(peak)
    expect(estimate / peak).toBeLessThan(1.7)
  })

  it.each(LATEST)('is never below what Chromium takes with the index as it is stored now: $name', ({ textBytes, passages, mentionRows, peak }) => {
    const estimate = estimateImportBytes([{ textBytes, passages, mentionRows }], nothingIndexed)
    expect(estimate).toBeGreaterThan(peak)
    // Real prose, the case that matters on a nearly full disk, is not refused for want of far more than it takes.
    if (textBytes > 10_000_000) expect(estimate / peak).toBeLessThan(1.7)
  })

  it('counts the whole new search index, including what was indexed before', () => {
    const page = { textBytes: 40_000, passages: 70, mentionRows: 90 }
    const alone = estimateImportBytes([page], nothingIndexed)
    const after = estimateImportBytes([page], { textBytes: 100 * MB, passages: 200_000 })
    expect(after - alone).toBeGreaterThan(90 * MB)
  })

  it('sizes the pages of the report: 150 pages of 40 KB, about 110,000 names, fit in 30 MB once links are capped', () => {
    const terms = recordTerms(shippedDataset())
    const pages = densePages(150)
    const names = pages.reduce((n, p) => n + (p.text.match(/\(page/g)?.length ?? 0) * 3, 0)
    expect(names).toBeGreaterThan(100_000)
    const sizes = pages.map((p) => documentSize(p.text, linkedMentions(p.text, terms, 'x').length))
    expect(sizes.reduce((n, s) => n + s.mentionRows, 0)).toBeLessThan(15_000)
    const estimate = estimateImportBytes(sizes, nothingIndexed)
    expect(estimate).toBeGreaterThan(20 * MB)
    expect(estimate).toBeLessThan(32 * MB)
    // Uncapped, the same pages were 113,000 rows: more than four times the room.
    const uncapped = estimateImportBytes(sizes.map((s) => ({ ...s, mentionRows: 755 })), nothingIndexed)
    expect(uncapped).toBeGreaterThan(4 * estimate)
  })

  it('counts a string as IndexedDB stores it: one byte a character, two once any is beyond Latin-1', () => {
    expect(storedStringBytes('Café ASEAN')).toBe(10)
    expect(storedStringBytes('Ha Noi “Declaration”')).toBe(40)
    expect(documentSize('One.\n\nTwo.', 3)).toEqual({ textBytes: 10, passages: 2, mentionRows: 3 })
  })

  it('counts passages as the search index cuts them, within a few percent', () => {
    const text = densePages(1, { kb: 40 })[0]!.text
    const real = passageDocuments({ id: 's', title: 't', publishedOn: null, text }).length
    expect(Math.abs(passageCount(text) - real) / real).toBeLessThan(0.1)
  })
})

describe('checkRoom', () => {
  it('lets an import through when it fits with the margin and the reserve', () => {
    const estimate = 10 * MB
    const needed = Math.ceil(estimate * SAFETY_FACTOR + RESERVE_BYTES.disk)
    expect(checkRoom(estimate, { kind: 'disk', free: needed, total: 100 * MB })).toEqual({ ok: true, needed })
    expect(checkRoom(estimate, { kind: 'disk', free: needed - 1, total: 100 * MB }).ok).toBe(false)
  })

  it('refuses in plain words, with how much is needed and how much is free', () => {
    const estimate = (120 * MB - RESERVE_BYTES.disk) / SAFETY_FACTOR
    const check = checkRoom(estimate, { kind: 'disk', free: 30 * MB + 5000, total: 30 * MB })
    expect(check.ok).toBe(false)
    expect(!check.ok && check.message).toBe(
      'Not enough free disk space: this import needs about 120 MB; 30 MB are free. Nothing was stored and your notes are safe. Free some space, or import fewer files at a time.'
    )
  })

  it("says in a browser that the figure is the browser's, not the disk's", () => {
    const check = checkRoom(50.5 * MB, { kind: 'browser-quota', free: 20 * MB, total: 1024 * MB })
    expect(!check.ok && check.message).toMatch(/^Not enough storage space: this import needs about 64 MB; the browser lets this app store about 20 MB more\. Nothing was stored/)
  })

  it('rounds what is needed up and what is free down, in megabytes or gigabytes', () => {
    expect(megabytes(1, 'up')).toBe('1 MB')
    expect(megabytes(MB + 1, 'down')).toBe('1 MB')
    expect(megabytes(2047 * MB, 'down')).toBe('2,047 MB')
    expect(megabytes(20 * 1024 * MB, 'down')).toBe('20.0 GB')
    expect(megabytes(-5, 'down')).toBe('0 MB')
  })
})

describe('mostStoredFor', () => {
  // Real pages of every kind the import reads (news HTML, Thai and Vietnamese releases, Markdown,
  // text), the dense generated pages, and pages made to be worst: one character a paragraph,
  // every line a known name, characters beyond Latin-1.
  const dataset = shippedDataset()
  const terms = recordTerms(dataset)
  const records = new Set(terms.map((t) => `${t.entityType}:${t.entityId}`)).size
  const fixtures = ['relevance-holdout', 'relevance-asean'].flatMap((set) => {
    const dir = join(import.meta.dirname, '../fixtures', set, 'corpus')
    return readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
  })
  const made = [
    ...densePages(5).map((p) => ({ name: p.name, text: p.text })),
    { name: 'letters.txt', text: Array.from({ length: 3000 }, (_, i) => String.fromCharCode(65 + (i % 26))).join('\n\n') },
    { name: 'names.md', text: Array.from({ length: 8 }, () => terms.map((t) => t.term).join('; ')).join('\n') },
    { name: 'thai.html', text: `<p>${'ก\u0e34'.repeat(2000)}</p>`.repeat(3) }
  ].map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) }))

  it.each([...fixtures, ...made].map((f) => [f.name, f] as const))('is never below what the file stores: %s', async (_, file) => {
    const parsed = await parseDocument(file.name, file.bytes, { readPdf: () => Promise.reject(new Error('no pdf')) })
    const stored = documentSize(parsed.text, linkedMentions(parsed.text, terms, 'x').length)
    const most = mostStoredFor(file.bytes.length, records)
    expect(stored.textBytes).toBeLessThanOrEqual(most.textBytes)
    expect(stored.passages).toBeLessThanOrEqual(most.passages)
    expect(stored.mentionRows).toBeLessThanOrEqual(most.mentionRows)
  })
})

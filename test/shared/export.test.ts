import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describePassage } from '../../src/shared/annotations/anchoring'
import { exportMarkdown, exportVault, inline, type ExportData, type ExportScope } from '../../src/shared/export/markdown'
import { safeFileName, uniqueFileNames } from '../../src/shared/export/fileNames'
import { citedItems, webAnnotations } from '../../src/shared/export/interchange'
import { toBibliography } from '../../src/shared/citations/bibliography'
import type { Annotation, Collection } from '../../src/shared/model/annotation'
import { shippedDataset } from '../support/dataset'

const GOLDEN = resolve(__dirname, '../fixtures/export')
const UPDATE = process.env['UPDATE_GOLDEN'] === '1'

/**
 * Compares with the checked-in file; `UPDATE_GOLDEN=1 npm run test:unit` writes it after a
 * deliberate change (and for a new golden file). A missing file fails: it is never written and
 * then compared with itself.
 */
function golden(name: string, actual: string): void {
  const file = resolve(GOLDEN, name)
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`Golden file ${name} is missing: run UPDATE_GOLDEN=1 npm run test:unit, review it and commit it.`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

const dataset = shippedDataset()
const source = (id: string) => dataset.sources.find((s) => s.id === id)!

function highlight(id: string, sourceId: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const text = source(sourceId).text
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`quote not in ${sourceId}: ${quote}`)
  return {
    id,
    kind: 'highlight',
    targetType: 'source',
    targetId: sourceId,
    selector: describePassage(text, start, start + quote.length),
    body: '',
    tags: [],
    color: 'yellow',
    links: [],
    created: '2026-03-02T09:00:00.000Z',
    updated: '2026-03-02T09:00:00.000Z',
    deleted: null,
    ...extra
  }
}

function note(id: string, targetType: Annotation['targetType'], targetId: string, body: string, extra: Partial<Annotation> = {}): Annotation {
  return { id, kind: 'note', targetType, targetId, body, tags: [], links: [], created: '2026-03-01T08:00:00.000Z', updated: '2026-03-01T08:00:00.000Z', deleted: null, ...extra }
}

const adm2030Quote = dataset.initiatives.find((x) => x.id === 'adm-2030')!.events.find((e) => e.evidence[0]?.sourceId === 'th-press-release-adgmin5')?.evidence[0]?.quote ?? ''

const annotations: Annotation[] = [
  note('note-adm-1', 'initiative', 'adm-2030', 'Successor to **ADM 2025**.\n\n- check the mid-term review\n- compare with DEFA', {
    tags: ['chapter-2', 'digital-economy']
  }),
  note('note-adm-2', 'initiative', 'adm-2030', '# Not a heading of the export\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\ntitle: "not front matter"', {
    created: '2026-03-05T10:00:00.000Z',
    updated: '2026-03-06T10:00:00.000Z'
  }),
  note('note-trashed', 'initiative', 'adm-2030', 'This note is in the Trash and must not be exported.', { deleted: '2026-03-07T00:00:00.000Z' }),
  note('note-meeting', 'meeting', 'adgmin-5', 'Chaired by Thailand; compare the themes of ADGMIN 4 and 5.', { tags: ['chairs'] }),
  note('note-party', 'party', 'singapore', 'Singapore hosted ADGMIN 4: "Digital: Connecting | Integrating | Innovating"?', { tags: ['hosts'] }),
  highlight('hl-th-1', 'th-press-release-adgmin5', adm2030Quote.slice(0, 80) || source('th-press-release-adgmin5').text.slice(0, 60), {
    links: ['adm-2030'],
    body: 'Key sentence for the chapter on ADM 2030.',
    tags: ['chapter-2']
  }),
  highlight('hl-sg-1', 'sg-press-release-adgmin4', source('sg-press-release-adgmin4').text.split('\n').find((l) => l.length > 80)!.slice(0, 70), {
    created: '2026-03-03T09:00:00.000Z',
    updated: '2026-03-03T09:00:00.000Z'
  })
]

const collection: Collection = {
  id: 'col-chapter-2',
  name: 'Chapter 2: masterplans',
  description: '',
  items: [
    { type: 'initiative', id: 'adm-2030' },
    { type: 'annotation', id: 'hl-sg-1' }
  ],
  created: '2026-03-04T00:00:00.000Z',
  updated: '2026-03-04T00:00:00.000Z',
  deleted: null
}

const data: ExportData = {
  appVersion: '1.2.3',
  datasetVersion: dataset.manifest.version,
  exported: '2026-11-23T12:00:00.000Z',
  initiatives: dataset.initiatives,
  meetings: dataset.meetings,
  parties: dataset.parties,
  sources: dataset.sources,
  themes: dataset.themes,
  annotations
}

const frontMatter = (md: string): Record<string, unknown> => {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(md)
  if (!block) throw new Error('no front matter')
  // Every value is JSON (strings and lists are written as JSON, which YAML reads the same way).
  return Object.fromEntries(block[1]!.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]))
}

describe('Markdown export of one scope', () => {
  const scopes: [string, ExportScope][] = [
    ['initiative-adm-2030.md', { type: 'initiative', id: 'adm-2030' }],
    ['meeting-adgmin-5.md', { type: 'meeting', id: 'adgmin-5' }],
    ['party-singapore.md', { type: 'party', id: 'singapore' }],
    ['source-th-press-release-adgmin5.md', { type: 'source', id: 'th-press-release-adgmin5' }],
    ['collection-chapter-2.md', { type: 'collection', collection }],
    ['notes-filter-chapter-2.md', { type: 'notes', label: 'Notes tagged chapter-2', annotationIds: ['note-adm-1', 'hl-th-1'] }],
    ['all.md', { type: 'all' }]
  ]
  for (const [file, scope] of scopes) {
    it(`matches the golden file ${file}`, () => golden(file, exportMarkdown(data, scope)))
  }

  it('writes the front matter a reference tool reads', () => {
    const md = exportMarkdown(data, { type: 'initiative', id: 'adm-2030' })
    const front = frontMatter(md)
    expect(front).toMatchObject({
      title: 'ASEAN Digital Masterplan 2030',
      type: 'initiative',
      id: 'adm-2030',
      exported: '2026-11-23T12:00:00.000Z',
      app: 'ASEAN Digital Desk 1.2.3',
      dataset: dataset.manifest.version,
      tags: ['chapter-2', 'digital-economy'],
      acronym: 'ADM 2030'
    })
    expect(front['meetings']).toEqual(expect.arrayContaining([expect.stringMatching(/ADGMIN|Digital Ministers/)]))
  })

  it('keeps notes verbatim, leaves out the Trash, cites highlights with paragraph and a block id', () => {
    const md = exportMarkdown(data, { type: 'initiative', id: 'adm-2030' })
    expect(md).toContain('Successor to **ADM 2025**.\n\n- check the mid-term review\n- compare with DEFA')
    expect(md).not.toContain('must not be exported')
    const th = source('th-press-release-adgmin5')
    expect(md).toMatch(new RegExp(`— \\*${th.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*, .*¶ \\d+ \\^hl-th-1\\n`))
    expect(md).toContain('| Date | Meeting | Action | What happened |')
  })

  it('is deterministic: the same data in another order gives the same bytes', () => {
    const shuffled = { ...data, annotations: [...annotations].reverse(), initiatives: [...dataset.initiatives].reverse() }
    expect(exportMarkdown(shuffled, { type: 'all' })).toBe(exportMarkdown(data, { type: 'all' }))
    expect(exportVault(shuffled)).toEqual(exportVault(data))
  })

  it('escapes user text where Markdown would break', () => {
    expect(inline('a | b')).toBe('a \\| b')
    expect(inline('line one\nline two')).toBe('line one line two')
    expect(inline('[[not a link]] *x* _y_ <b>')).toBe('\\[\\[not a link\\]\\] \\*x\\* \\_y\\_ \\<b\\>')
    const tricky: ExportData = {
      ...data,
      annotations: [],
      initiatives: data.initiatives.map((x) => (x.id === 'adm-2030' ? { ...x, name: 'Plan: "A" | B\n# C' } : x))
    }
    const md = exportMarkdown(tricky, { type: 'initiative', id: 'adm-2030' })
    expect(frontMatter(md)['title']).toBe('Plan: "A" | B\n# C')
    expect(md).toContain('\n# Plan: "A" \\| B # C (ADM 2030)\n')
  })

  it('cites a highlight in an imported PDF by page', () => {
    const text = 'Page one text.\n\nPage two says the ASEAN Digital Masterplan 2030 was adopted.'
    const pdf = { ...source('th-press-release-adgmin5'), id: 'user-pdf', title: 'Statement', text, url: null, pages: [{ page: 1, start: 0 }, { page: 2, start: 16 }] }
    const at = text.indexOf('ASEAN Digital')
    const hl = { ...highlight('hl-pdf', 'th-press-release-adgmin5', adm2030Quote.slice(0, 20) || 'Viet Nam'), targetId: 'user-pdf', selector: describePassage(text, at, at + 30) }
    const md = exportMarkdown({ ...data, sources: [...data.sources, pdf], annotations: [hl] }, { type: 'source', id: 'user-pdf' })
    expect(md).toMatch(/— \*Statement\*, .*p\. 2 \^hl-pdf\n/)
  })

  it('says so when a scope has nothing in it', () => {
    expect(exportMarkdown({ ...data, annotations: [] }, { type: 'all' })).toContain('Nothing to export')
  })
})

describe('Obsidian vault export', () => {
  const files = exportVault(data)
  const paths = new Set(files.map((f) => f.path))

  it('has an index and one file per initiative, meeting and partner, and per annotated source', () => {
    expect(paths.has('index.md')).toBe(true)
    expect(files.filter((f) => f.path.startsWith('Initiatives/'))).toHaveLength(dataset.initiatives.length)
    expect(files.filter((f) => f.path.startsWith('Meetings/'))).toHaveLength(dataset.meetings.length)
    expect(files.filter((f) => f.path.startsWith('Partners/'))).toHaveLength(dataset.parties.length)
    expect([...paths].filter((p) => p.startsWith('Sources/')).sort()).toEqual(
      [`Sources/${safeFileName(source('sg-press-release-adgmin4').title)}.md`, `Sources/${safeFileName(source('th-press-release-adgmin5').title)}.md`].sort()
    )
  })

  it('resolves every [[link]] to a file in the vault', () => {
    let links = 0
    for (const file of files) {
      for (const m of file.content.matchAll(/\[\[([^\]|#^]+)(?:[|#^][^\]]*)?\]\]/g)) {
        links++
        expect(paths, `${file.path} links to ${m[1]}`).toContain(`${m[1]}.md`)
      }
    }
    expect(links).toBeGreaterThan(200)
  })

  it('uses file names that every operating system accepts, distinct ignoring case', () => {
    const lower = new Set<string>()
    for (const path of paths) {
      const name = path.split('/').at(-1)!
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[<>:"\\|?*#^[\]\u0000-\u001f]/)
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(130)
      expect(lower.has(path.toLowerCase())).toBe(false)
      lower.add(path.toLowerCase())
    }
  })

  it('carries the export time in index.md only, so a re-export changes only what changed', () => {
    const later = exportVault({ ...data, exported: '2027-01-01T00:00:00.000Z' })
    const changed = later.filter((f, i) => f.content !== files[i]!.content).map((f) => f.path)
    expect(changed).toEqual(['index.md'])
    const edited = exportVault({ ...data, annotations: annotations.map((a) => (a.id === 'note-meeting' ? { ...a, body: 'Edited.' } : a)) })
    expect(edited.filter((f, i) => f.content !== files[i]!.content).map((f) => f.path)).toEqual([`Meetings/${safeFileName(dataset.meetings.find((m) => m.id === 'adgmin-5')!.name)}.md`])
  })
})

describe('safe file names', () => {
  it.each([
    ['CON', 'CON_'],
    ['aux.md', 'aux.md_'],
    ['lpt1', 'lpt1_'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['  ...hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['', 'Untitled'],
    ['###', 'Untitled'],
    ['Note #3 [draft] ^x', 'Note 3 draft x'],
    ['tab\tand\nnewline', 'tab and newline']
  ])('%j → %j', (input, expected) => expect(safeFileName(input)).toBe(expected))

  it('cuts long names at a character boundary within the byte limit', () => {
    const name = safeFileName('Việt Nam '.repeat(40))
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(120)
    expect(name).not.toMatch(/\uFFFD/)
  })

  it('numbers names that collide ignoring case', () => {
    expect(uniqueFileNames(['Plan', 'plan', 'PLAN', 'Plan?'])).toEqual(['Plan', 'plan (2)', 'PLAN (3)', 'Plan (4)'])
  })
})

describe('CSL-JSON and Web Annotation', () => {
  it('lists the cited sources as CSL items under their citation keys', () => {
    const items = JSON.parse(toBibliography(citedItems(dataset.sources, annotations), 'csl-json')) as { id: string; type: string; title: string; genre?: string; issued?: unknown }[]
    expect(items.map((i) => i.id)).toEqual([expect.stringMatching(/^mcis2024[a-z]+$/), expect.stringMatching(/^mdes2025[a-z]+$/)])
    expect(items[0]).toMatchObject({ type: 'document', genre: 'Press release', title: source('sg-press-release-adgmin4').title })
  })

  it('writes highlights as W3C annotations with quote and position selectors', () => {
    const doc = JSON.parse(webAnnotations(dataset.sources, annotations)) as { '@context': string; total: number; first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } }
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.total).toBe(2)
    expect(doc.first.items[0]!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
  })
})

describe('notes keep their Markdown under the export outline', () => {
  it('moves note headings below the section, outside code fences only', async () => {
    const { nestHeadings } = await import('../../src/shared/export/markdown')
    expect(nestHeadings('# A\n\ntext\n## B\n```\n# not a heading\n```\n#hashtag', 2)).toBe('### A\n\ntext\n#### B\n```\n# not a heading\n```\n#hashtag')
    expect(nestHeadings('###### deep', 3)).toBe('###### deep')
  })
})

describe('links in notes, exported', () => {
  it('become wikilinks to the records’ files in a vault, and names in one file, under the current name', () => {
    const linked = note('note-linked', 'initiative', 'adm-2030', 'Follows [[meeting:adgmin-5|an old name]] and [[initiative:gone|A withdrawn plan]].')
    const linkedData: ExportData = { ...data, annotations: [linked] }
    const vault = exportVault(linkedData)
    const file = vault.find((f) => f.path === 'Initiatives/ASEAN Digital Masterplan 2030.md')!
    const meetingName = dataset.meetings.find((m) => m.id === 'adgmin-5')!.name
    const meetingFile = vault.find((f) => f.content.includes('id: "adgmin-5"'))!.path.replace(/\.md$/, '')
    expect(file.content).toContain(`Follows [[${meetingFile}|${meetingName}]] and A withdrawn plan.`)
    const single = exportMarkdown(linkedData, { type: "initiative", id: "adm-2030" })
    expect(single).toContain(`Follows ${meetingName} and A withdrawn plan.`)
  })
})

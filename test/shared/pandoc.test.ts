/**
 * The Markdown export with pandoc citations, rendered by Debian's pandoc (`.ci/run` installs it):
 * every cited source comes out in the bibliography, and each highlight's citation in the text.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describePassage } from '../../src/shared/annotations/anchoring'
import { exportMarkdown, type ExportData } from '../../src/shared/export/markdown'
import { pandocBibliographies } from '../../src/shared/export/interchange'
import type { Annotation } from '../../src/shared/model/annotation'
import { shippedDataset } from '../support/dataset'

const dataset = shippedDataset()
const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id)!

function highlight(id: string, sourceId: string, quote: string): Annotation {
  const text = sourceOf(sourceId).text
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`quote not in ${sourceId}: ${quote}`)
  return { id, kind: 'highlight', targetType: 'source', targetId: sourceId, selector: describePassage(text, start, start + quote.length), body: '', tags: [], color: 'yellow', links: [], created: '2026-03-02T09:00:00.000Z', updated: '2026-03-02T09:00:00.000Z', deleted: null }
}

function pandoc(args: string[], cwd: string): string {
  try {
    return execFileSync('pandoc', args, { cwd, encoding: 'utf8' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pandoc is not installed: `apt-get install pandoc` (.ci/run installs it).', { cause: error })
    throw error
  }
}

describe('the Markdown export for pandoc', () => {
  it('renders with pandoc --citeproc into in-text citations and a bibliography entry for each cited source', () => {
    const cited = ['vjst-article-adgmin6', 'th-press-release-adgmin5', 'sg-press-release-adgmin4']
    const annotations = cited.map((id, i) => highlight(`hl-${i}`, id, sourceOf(id).text.split('\n').find((l) => l.length > 60)!.slice(0, 50)))
    const data: ExportData = { appVersion: 'test', datasetVersion: 'test', exported: '2026-03-03T00:00:00Z', ...dataset, annotations }
    const markdown = exportMarkdown(data, { type: 'all' }, { citations: 'pandoc' })
    expect(markdown).toContain('bibliography: "references.json"')
    expect(markdown).toMatch(/\[@vjstmost2026[a-z]+, para\. \d+\]/)

    const dir = mkdtempSync(join(tmpdir(), 'desk-pandoc-'))
    writeFileSync(join(dir, 'notes.md'), markdown)
    for (const file of pandocBibliographies(data.sources, annotations)) writeFileSync(join(dir, file.path), file.content)
    for (const bibliography of ['references.json', 'references.bib']) {
      const out = pandoc(['--citeproc', '--bibliography', bibliography, '--wrap=none', '-t', 'plain', 'notes.md'], dir)
      // pandoc's default style, Chicago author-date: the ministry or the outlet (BibLaTeX has no
      // newspaper, so from the .bib the article's title), the year, the paragraph.
      expect(out).toMatch(/\((Vietnam Journal of Science and Technology \(VJST-MOST\)|“The 6th ASEAN Digital Ministers’ Meeting: [^”]+”) 2026, para\. \d+\)/)
      expect(out).toMatch(/\(Ministry of Digital Economy and Society \(MDES\), Thailand 2025, para\. \d+\)/)
      // One bibliography entry per cited source, with its title (pandoc curls quotes; Chicago capitalises titles).
      const plain = (text: string): string => text.replace(/[’‘]/g, "'").toLowerCase()
      const references = out.slice(out.lastIndexOf('^hl-'))
      for (const id of cited) expect(plain(references), `${id} in ${bibliography}`).toContain(plain(sourceOf(id).title.slice(0, 40)))
      expect(out).not.toMatch(/\[@|citation .* not found/i)
    }
  })
})

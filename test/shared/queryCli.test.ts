import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', ...args], { cwd: ROOT, encoding: 'utf8' })

interface Row {
  kind: string
  id: string
  title: string
  score: number
  source?: string
  paragraph?: number
  text?: string
}

describe('npm run query', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-query-'))
  writeFileSync(join(dir, 'clip.txt'), 'url: https://example.org/clip\ntitle: Ministers in Sarawak\n\nOpening remarks thanked the hosts.\nThe meeting adopted the Kuching Declaration on digital identity.')
  writeFileSync(join(dir, 'notes.md'), '# Notes\n\nThe vice chair spoke about quokka-grade encryption.')
  const queries = join(dir, 'queries.json')
  writeFileSync(queries, JSON.stringify(['Kuching Declaration', 'quokka encryption', 'ADM 2030']))

  it('imports files through the app pipeline and prints the top 10 of each query, in order', () => {
    const out = JSON.parse(run(['--import', dir, '--queries', queries])) as Row[][]
    expect(out).toHaveLength(3)
    expect(out[0]![0]).toMatchObject({ kind: 'passage', source: 'clip.txt', paragraph: 2, title: 'Ministers in Sarawak', text: 'The meeting adopted the Kuching Declaration on digital identity.' })
    expect(out[1]![0]).toMatchObject({ kind: 'passage', source: 'notes.md' })
    expect(out[2]![0]).toMatchObject({ kind: 'initiative', id: 'adm-2030', title: 'ASEAN Digital Masterplan 2030' })
    for (const rows of out) expect(rows.length).toBeLessThanOrEqual(10)
  }, 60_000)

  it('answers one query given as text, and refuses a malformed queries file with a message', () => {
    const rows = JSON.parse(run(['DEFA'])) as Row[]
    expect(rows[0]).toMatchObject({ kind: 'initiative', id: 'defa' })
    writeFileSync(join(dir, 'bad.json'), '{"not": "an array"}')
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query.ts', '--queries', join(dir, 'bad.json')], { cwd: ROOT, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/JSON array of strings/)
  }, 60_000)
})

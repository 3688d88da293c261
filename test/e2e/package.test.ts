import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { listPackage } from '@electron/asar'
import { describe, expect, it } from 'vitest'
import { readFuseWire } from '../../scripts/fuseWire'
import { EXPECTED_FUSES } from '../support/fuses'

const root = resolve(__dirname, '../..')

describe('packaging (npm run dist:check)', () => {
  it('packs main, preload and renderer into app.asar with the dataset beside it', () => {
    execFileSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/dist-check.ts')], { cwd: root, stdio: 'ignore', timeout: 240_000 })
    const resources = resolve(root, 'dist/linux-unpacked/resources')
    const files = listPackage(resolve(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'))
    expect(files).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']))
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true)
    expect(files.filter((f) => /test-results|\.png$|^\/src\/|^\/resources\//.test(f))).toEqual([])
    expect(files).toContain('/node_modules/zod')
    const manifest = JSON.parse(readFileSync(resolve(resources, 'dataset/manifest.json'), 'utf8')) as { version: string }
    expect(manifest.version).toMatch(/^\d{4}\.\d{2}\.\d+$/)
    for (const file of ['sources.json', 'meetings.json', 'initiatives.json', 'parties.json', 'themes.json', 'mentions.json', 'sources/vjst-article-adgmin6.txt'])
      expect(existsSync(resolve(resources, 'dataset', file)), file).toBe(true)
  })

  it('flipped every fuse in the packed binary (a stub with a fuse wire here; the real Electron where ELECTRON_OVERRIDE_DIST_PATH names one)', () => {
    // Runs after the pack above (files run in order).
    expect(readFuseWire(resolve(root, 'dist/linux-unpacked/asean-digital-desk'))).toEqual(EXPECTED_FUSES)
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FUSES_V1 } from '../../scripts/fuseWire'
import { EXPECTED_FUSES } from '../support/fuses'

/** The `electronFuses:` block of electron-builder.yml, as `name: true|false` pairs. */
function configuredFuses(): Record<string, string> {
  const yml = readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')
  const block = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(yml)?.[1] ?? ''
  return Object.fromEntries([...block.matchAll(/^ {2}(\w+): (\w+)$/gm)].map((m) => [m[1], m[2]]))
}

describe('packaging configuration', () => {
  it('flips every fuse: no run-as-node, NODE_OPTIONS or --inspect; cookie encryption, asar integrity and asar-only loading on', () => {
    const configured = configuredFuses()
    expect(Object.keys(configured).sort()).toEqual([...FUSES_V1].sort())
    expect(Object.fromEntries(Object.entries(configured).map(([name, value]) => [name, value === 'true' ? 'on' : 'off']))).toEqual(EXPECTED_FUSES)
  })

  it('packs into an asar, the only place the app may load from', () => {
    expect(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')).toMatch(/^asar: true$/m)
  })
})

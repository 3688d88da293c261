/**
 * Reads the fuse wire of an Electron binary (the format @electron/fuses writes: a sentinel, the
 * wire's version and length bytes, then one byte per fuse: '1' on, '0' off, 'r' removed).
 * Used by the packaging test on the packed binary, stub or real.
 */
import { readFileSync } from 'node:fs'

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** Wire positions of the V1 fuses, in order. */
export const FUSES_V1 = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges'
] as const

export type FuseName = (typeof FUSES_V1)[number]
export type FuseState = 'on' | 'off' | 'removed'

const STATES: Record<number, FuseState> = { 48: 'off', 49: 'on', 114: 'removed' }

/** Each fuse's state in `binary`; throws when it holds no V1 fuse wire. */
export function readFuseWire(binary: string): Partial<Record<FuseName, FuseState>> {
  const bytes = readFileSync(binary)
  const at = bytes.indexOf(FUSE_SENTINEL)
  if (at === -1) throw new Error(`${binary} holds no Electron fuse wire.`)
  const wire = at + FUSE_SENTINEL.length
  if (bytes[wire] !== 1) throw new Error(`${binary} has fuse wire version ${bytes[wire]}, not 1.`)
  const length = bytes[wire + 1] ?? 0
  const states: Partial<Record<FuseName, FuseState>> = {}
  FUSES_V1.slice(0, length).forEach((name, i) => {
    const state = STATES[bytes[wire + 2 + i] ?? -1]
    if (!state) throw new Error(`${binary}: fuse ${name} holds an unknown state (${bytes[wire + 2 + i]}).`)
    states[name] = state
  })
  return states
}

/** A fuse wire as Electron ships it (nothing flipped), for a stub binary to carry. */
export function defaultFuseWire(): Buffer {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES_V1.length]), Buffer.from('10110001')])
}

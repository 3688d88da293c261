import type { FuseName, FuseState } from '../../scripts/fuseWire'

/** The fuses every packed build must carry (README, Security). */
export const EXPECTED_FUSES: Record<FuseName, FuseState> = {
  runAsNode: 'off',
  enableCookieEncryption: 'on',
  enableNodeOptionsEnvironmentVariable: 'off',
  enableNodeCliInspectArguments: 'off',
  enableEmbeddedAsarIntegrityValidation: 'on',
  onlyLoadAppFromAsar: 'on',
  loadBrowserProcessSpecificV8Snapshot: 'off',
  grantFileProtocolExtraPrivileges: 'off'
}

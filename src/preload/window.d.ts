import type { Desk } from '../shared/ipc'

declare global {
  interface Window {
    /** Present in Electron (exposed by the preload); absent in a plain browser. */
    desk?: Desk
  }
}

export {}

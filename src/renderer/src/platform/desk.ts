import type { Desk } from '@shared/ipc'
import { browserDesk } from './browser'

/** The bridge in use: Electron's preload when present, the browser implementation otherwise. */
export const desk: Desk = (typeof window === 'undefined' ? undefined : window.desk) ?? browserDesk

// Unit tests never load the real Electron: importing it outside Electron tries to download it.
import { vi } from 'vitest'

vi.mock('electron', async () => (await import('./support/electronMock')).electronMock)

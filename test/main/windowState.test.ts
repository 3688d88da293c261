import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState } from '../../src/main/windowState'

describe('window state', () => {
  it('restores a saved state and enforces a minimum size', () => {
    expect(parseWindowState({ bounds: { x: 10, y: 20, width: 300, height: 900 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 720, height: 900 },
      maximized: true
    })
  })
  it.each([null, 'x', {}, { bounds: { x: 'a', y: 0, width: 1, height: 1 } }])('falls back on %j', (raw) => {
    expect(parseWindowState(raw)).toEqual(DEFAULT_WINDOW_STATE)
  })
  it('recentres a window whose display is gone', () => {
    const state = { bounds: { x: 3000, y: 100, width: 1000, height: 700 }, maximized: false }
    expect(fitToDisplays(state, [{ x: 0, y: 0, width: 1920, height: 1080 }]).bounds).toMatchObject({ x: -1, y: -1 })
    expect(fitToDisplays(state, [{ x: 0, y: 0, width: 1920, height: 1080 }, { x: 1920, y: 0, width: 2560, height: 1440 }])).toEqual(state)
  })
})

/** Pure helpers for remembering the window's size and position between runs. */

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Bounds
  maximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { x: -1, y: -1, width: 1280, height: 820 },
  maximized: false
}

const MIN_WIDTH = 720
const MIN_HEIGHT = 480

/** Reads a saved state defensively: anything malformed falls back to the default. */
export function parseWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE
  const candidate = raw as { bounds?: Partial<Bounds>; maximized?: unknown }
  const b = candidate.bounds
  const numbers = b && [b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n))
  if (!b || !numbers) return DEFAULT_WINDOW_STATE
  return {
    bounds: {
      x: Math.round(b.x as number),
      y: Math.round(b.y as number),
      width: Math.max(MIN_WIDTH, Math.round(b.width as number)),
      height: Math.max(MIN_HEIGHT, Math.round(b.height as number))
    },
    maximized: candidate.maximized === true
  }
}

/**
 * Keeps the saved position only if the window's title bar would land on a display that exists
 * now (a monitor may have been unplugged since); otherwise lets the OS centre it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Bounds[]): WindowState {
  const { x, y, width } = state.bounds
  const titleBarVisible = workAreas.some(
    (area) =>
      x + width - 100 > area.x && x + 100 < area.x + area.width && y >= area.y && y + 40 < area.y + area.height
  )
  if (titleBarVisible) return state
  return { ...state, bounds: { ...state.bounds, x: -1, y: -1 } }
}

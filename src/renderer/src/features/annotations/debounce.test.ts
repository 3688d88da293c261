import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debounceWithMaxWait } from './debounce'

describe('debounceWithMaxWait', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs once after a pause', () => {
    const run = vi.fn()
    const d = debounceWithMaxWait(run, 150, 1000)
    d.schedule()
    vi.advanceTimersByTime(100)
    d.schedule()
    vi.advanceTimersByTime(149)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs every call within the maximum wait while calls keep coming', () => {
    const runs: number[] = []
    const d = debounceWithMaxWait(() => runs.push(Date.now()), 150, 1000)
    // A keystroke every 80 ms for 5 s: a plain debounce would not run until the end.
    const calls: number[] = []
    for (let t = 0; t < 5000; t += 80) {
      calls.push(Date.now())
      d.schedule()
      vi.advanceTimersByTime(80)
    }
    vi.advanceTimersByTime(150)
    expect(runs.length).toBeGreaterThanOrEqual(5)
    for (const call of calls) expect(runs.find((run) => run >= call)! - call).toBeLessThanOrEqual(1000)
  })

  it('flushes a scheduled run at once, and does nothing when none is scheduled', () => {
    const run = vi.fn()
    const d = debounceWithMaxWait(run, 150, 1000)
    d.flush()
    expect(run).not.toHaveBeenCalled()
    d.schedule()
    d.flush()
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(2000)
    expect(run).toHaveBeenCalledTimes(1)
    d.schedule()
    d.cancel()
    vi.advanceTimersByTime(2000)
    expect(run).toHaveBeenCalledTimes(1)
  })
})

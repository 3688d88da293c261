/** A debounced call that never waits longer than `maxWait` while calls keep coming. */
export interface Debounced {
  /** Asks for a run: after `wait` ms without another call, or `maxWait` ms after the first call not yet run. */
  schedule: () => void
  /** Runs now if a run is scheduled. */
  flush: () => void
  cancel: () => void
}

/**
 * Plain debouncing starves during continuous typing: every keystroke pushes the run further away,
 * so nothing is written until the typist pauses. The maximum wait bounds what a crash can lose.
 */
export function debounceWithMaxWait(run: () => void, wait: number, maxWait: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstCall: number | undefined
  const cancel = (): void => {
    clearTimeout(timer)
    timer = undefined
    firstCall = undefined
  }
  const fire = (): void => {
    cancel()
    run()
  }
  return {
    schedule() {
      const now = Date.now()
      firstCall ??= now
      clearTimeout(timer)
      timer = setTimeout(fire, Math.max(0, Math.min(wait, firstCall + maxWait - now)))
    },
    flush() {
      if (timer !== undefined) fire()
    },
    cancel
  }
}

/**
 * Runs `attempt` now and on each animation frame until it returns true or `ms` have passed: for
 * restoring a place in a page whose content is still arriving. Returns the function that stops it.
 */
export function eachFrameUntil(attempt: () => boolean, ms: number): () => void {
  const started = performance.now()
  let frame = 0
  const step = (): void => {
    if (!attempt() && performance.now() - started < ms) frame = requestAnimationFrame(step)
  }
  step()
  return () => cancelAnimationFrame(frame)
}

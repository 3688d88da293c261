import { describe, expect, it } from 'vitest'
import { describeSpace, formatBytes } from './spaceWords'

const MB = 1024 * 1024

describe('room left, in Settings', () => {
  it("gives the desktop app's disk figure as the disk's", () => {
    expect(describeSpace({ kind: 'disk', free: 14 * MB, total: 30 * MB })).toBe('14 MB free on the disk that holds your data (of 30 MB)')
  })

  it("says in a browser that the figure is the browser's quota, not the disk's", () => {
    expect(describeSpace({ kind: 'browser-quota', free: 22 * MB, total: 1024 * MB })).toBe(
      "about 22 MB more, as this browser allows it: the browser's quota for this site, not the disk's free space"
    )
  })

  it('says when the figure could not be read', () => {
    expect(describeSpace(null)).toBe('unknown')
    expect(formatBytes(null)).toBe('unknown')
  })
})

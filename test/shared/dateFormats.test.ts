import { describe, expect, it } from 'vitest'
import { formatClock, formatDate, formatDateRange, formatDateTime, formatDay } from '../../src/renderer/src/features/dataset/format'
import { draftTime } from '../../src/renderer/src/features/annotations/RecoveredDraft'

// A local time, so the test holds in every time zone.
const moment = new Date(2026, 0, 16, 14, 2, 30).toISOString()

describe('dates on every screen', () => {
  it('use one style for a day and one for a moment, whatever the browser locale', () => {
    expect(formatDate('2026-01-16')).toBe('16 Jan 2026')
    expect(formatDateRange('2026-01-15', '2026-01-16')).toBe('15–16 Jan 2026')
    expect(formatDay(moment)).toBe('16 Jan 2026')
    expect(formatDateTime(moment)).toBe('16 Jan 2026, 14:02')
    expect(formatClock(moment)).toBe('14:02')
    expect(formatDateTime('not a date')).toBe('not a date')
  })

  it('give a recovered draft its time today and its date and time on another day', () => {
    expect(draftTime(moment, new Date(2026, 0, 16, 18, 0))).toBe('14:02')
    expect(draftTime(moment, new Date(2026, 0, 17, 9, 0))).toBe('16 Jan 2026, 14:02')
  })
})

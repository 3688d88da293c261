import { describe, expect, it } from 'vitest'
import { formatClock, formatCount, formatDate, formatDateRange, formatDateTime, formatDay } from '../../src/renderer/src/features/dataset/format'
import { draftTime } from '../../src/renderer/src/features/annotations/RecoveredDraft'

// A local time, so the test holds in every time zone.
const moment = new Date(2026, 0, 16, 14, 2, 30).toISOString()

describe('dates and numbers on every screen', () => {
  it('use one style for a day and one for a moment, in the locale given', () => {
    expect(formatDate('2026-01-16', 'en-GB')).toBe('16 Jan 2026')
    expect(formatDate('2026-01', 'en-GB')).toBe('Jan 2026')
    expect(formatDate('2026', 'en-GB')).toBe('2026')
    expect(formatDateRange('2026-01-15', '2026-01-16', 'en-GB')).toMatch(/^15\u2009?–\u2009?16 Jan 2026$/u)
    expect(formatDateRange('2026-01-30', '2026-02-01', 'en-GB')).toMatch(/^30 Jan\s–\s1 Feb 2026$/u)
    expect(formatDay(moment, 'en-GB')).toBe('16 Jan 2026')
    expect(formatDateTime(moment, 'en-GB')).toBe('16 Jan 2026, 14:02')
    expect(formatClock(moment, 'en-GB')).toBe('14:02')
    expect(formatDateTime('not a date')).toBe('not a date')
    expect(formatDate('16/01/2026')).toBe('16/01/2026')
  })

  it('write each locale\'s own order, month names and calendar', () => {
    expect(formatDate('2026-01-16', 'en-US')).toBe('Jan 16, 2026')
    expect(formatDateRange('2026-01-15', '2026-01-16', 'en-US')).toMatch(/^Jan 15\u2009?–\u2009?16, 2026$/u)
    // Thai writes the Buddhist era; Vietnamese its own month abbreviation.
    expect(formatDate('2026-01-16', 'th-TH')).toBe('16 ม.ค. 2569')
    expect(formatDate('2026-01-16', 'vi-VN')).toMatch(/^16 thg 1,? 2026$/)
    expect(formatCount(10000, 'en-GB')).toBe('10,000')
    expect(formatCount(10000, 'id-ID')).toBe('10.000')
  })

  it('never shifts a calendar date by the time zone', () => {
    // Calendar dates are days, not moments: the first of the year stays the first.
    expect(formatDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026')
    expect(formatDate('2025-12-31', 'en-GB')).toBe('31 Dec 2025')
  })

  it('give a recovered draft its time today and its date and time on another day', () => {
    expect(draftTime(moment, new Date(2026, 0, 16, 18, 0))).toBe(formatClock(moment))
    expect(draftTime(moment, new Date(2026, 0, 17, 9, 0))).toBe(formatDateTime(moment))
  })
})

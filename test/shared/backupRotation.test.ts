import { describe, expect, it } from 'vitest'
import { AUTOMATIC_BACKUP_LIMITS, staleBackups } from '../../src/shared/backup/rotation'

const MB = 1024 * 1024
const sizes = (...megabytes: number[]) => megabytes.map((mb, i) => ({ name: `b${i}`, size: mb * MB }))
const staleNames = (newestFirst: { name: string; size: number }[], limits = AUTOMATIC_BACKUP_LIMITS) =>
  staleBackups(newestFirst, (b) => b.size, limits).map((b) => b.name)

describe('automatic backups kept', () => {
  it('are the newest five when they are small', () => {
    expect(staleNames(sizes(1, 1, 1, 1, 1, 1, 1))).toEqual(['b5', 'b6'])
    expect(staleNames(sizes(1, 1, 1))).toEqual([])
  })

  it('stop where the newest together would exceed the total, however few', () => {
    expect(staleNames(sizes(100, 100, 100, 1))).toEqual(['b2', 'b3'])
    expect(staleNames(sizes(10, 10), { count: 5, total: 15 * MB })).toEqual(['b1'])
  })

  it('always include the newest, even when it alone is over the total', () => {
    expect(staleNames(sizes(300, 1, 1))).toEqual(['b1', 'b2'])
    expect(staleNames(sizes(300))).toEqual([])
  })
})

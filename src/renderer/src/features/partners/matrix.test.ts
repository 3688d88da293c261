import { describe, expect, it } from 'vitest'
import type { Initiative } from '@shared/model/dataset'
import { cellKey, partnerYearMatrix, planYear } from './matrix'

const plan = (id: string, name: string, kind: string, partners: string[], date: string | null = null) =>
  ({ id, name, kind, partners, events: date ? [{ date }] : [] }) as unknown as Initiative

describe('partner × year matrix', () => {
  it('reads the year from the name, a range, or the first event', () => {
    expect(planYear(plan('a', '2026 ASEAN-Japan Digital Work Plan', 'work-plan', []))).toBe('2026')
    expect(planYear(plan('b', 'Action Plan (2021-2025)', 'action-plan', []))).toBe('2021')
    expect(planYear(plan('c', 'Joint Statement on AI', 'joint-statement', [], '2024-10-10'))).toBe('2024')
    expect(planYear(plan('d', 'Joint Statement', 'joint-statement', []))).toBeNull()
  })

  it('places plans by partner and year, leaving out other kinds and non-partners', () => {
    const m = partnerYearMatrix(
      [
        plan('jp-25', '2025 ASEAN-Japan Digital Work Plan', 'work-plan', ['japan']),
        plan('jp-26', '2026 ASEAN-Japan Digital Work Plan', 'work-plan', ['japan']),
        plan('jp-ai', 'Joint Statement on AI', 'joint-statement', ['japan'], '2026-01-16'),
        plan('mou', 'MOU', 'mou', ['china'], '2024-02-01'),
        plan('sg', '2024 plan', 'work-plan', ['singapore'])
      ],
      (id) => id !== 'singapore'
    )
    expect(m.partners).toEqual(['japan'])
    expect(m.years).toEqual(['2025', '2026'])
    expect(m.cells.get(cellKey('japan', '2026'))?.map((c) => c.id)).toEqual(['jp-26', 'jp-ai'])
  })
})

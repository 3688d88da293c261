import { describe, expect, it } from 'vitest'
import { applyValue, EMPTY_VALUE, parseDateRange, parsePerson, parsePlace, supports, valueFromQuote } from '../../src/shared/curation/meetingFields'

const COUNTRIES = [
  { id: 'philippines', name: 'Philippines', aliases: ['the Philippines'] },
  { id: 'viet-nam', name: 'Viet Nam', aliases: ['Vietnam'] }
]

describe('reading a selected passage into a meeting field', () => {
  it('reads date ranges written day first, month first, across months, and single days', () => {
    expect(parseDateRange('held on 9-10 February 2023 in Boracay')).toEqual({ startDate: '2023-02-09', endDate: '2023-02-10' })
    expect(parseDateRange('February 9–10, 2023')).toEqual({ startDate: '2023-02-09', endDate: '2023-02-10' })
    expect(parseDateRange('from 30 January to 1 February 2023')).toEqual({ startDate: '2023-01-30', endDate: '2023-02-01' })
    expect(parseDateRange('on 14 Feb 2023')).toEqual({ startDate: '2023-02-14', endDate: '2023-02-14' })
    expect(parseDateRange('no date here')).toBeNull()
  })

  it('reads a city and the country it is in', () => {
    expect(parsePlace('convened in Boracay, Philippines, on', COUNTRIES)).toEqual({ city: 'Boracay', country: 'philippines' })
    expect(parsePlace('Ha Noi, Viet Nam', COUNTRIES)).toEqual({ city: 'Ha Noi', country: 'viet-nam' })
    expect(parsePlace('hosted by the Philippines', COUNTRIES)).toEqual({ city: '', country: 'philippines' })
  })

  it('reads a person and title, either order', () => {
    expect(parsePerson('chaired by Secretary Ivan John E. Uy of the Department of Information and Communications Technology of the Philippines', COUNTRIES)).toEqual({
      person: 'Ivan John E. Uy',
      title: 'Secretary of the Department of Information and Communications Technology of the Philippines',
      country: 'philippines'
    })
    expect(parsePerson('H.E. Nguyen Manh Hung, Minister of Information and Communications of Viet Nam', COUNTRIES)).toEqual({
      person: 'Nguyen Manh Hung',
      title: 'Minister of Information and Communications of Viet Nam',
      country: 'viet-nam'
    })
  })

  it('takes a quoted theme, and refuses bad values with a reason', () => {
    expect(valueFromQuote('theme', 'under the theme “Digital Together: Resilient and Inclusive”.', COUNTRIES).text).toBe('Digital Together: Resilient and Inclusive')
    expect(applyValue('dates', { ...EMPTY_VALUE, startDate: '2023-02-10', endDate: '2023-02-09' })).toEqual({ ok: false, error: 'The last day comes before the first day.' })
    expect(applyValue('dates', { ...EMPTY_VALUE, startDate: 'Feb' })).toMatchObject({ ok: false })
    expect(applyValue('dates', { ...EMPTY_VALUE, startDate: '2023-02-09' })).toEqual({ ok: true, patch: { startDate: '2023-02-09', endDate: '2023-02-09' } })
    expect(applyValue('theme', EMPTY_VALUE)).toEqual({ ok: false, error: 'Give the theme.' })
  })

  it('matches evidence to a field by the keys its about names', () => {
    expect(supports('name startDate endDate', 'dates')).toBe(true)
    expect(supports('name startDate endDate', 'place')).toBe(false)
    expect(supports(undefined, 'theme')).toBe(false)
  })
})

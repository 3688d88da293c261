/**
 * Display helpers shared by the research screens. Pure. Dates and numbers are written by `Intl`
 * in the user's locale ("16 Jan 2026" in British English, "Jan 16, 2026" in American, "16 ม.ค.
 * 2569" in Thai), one style for a day and one for a moment across the app; exports keep ISO dates.
 */

/**
 * The locale the app writes dates and numbers in: the system's (Electron and the browser pass it
 * on), read once, not once for every date a list shows.
 */
const SYSTEM_LOCALE = Intl.DateTimeFormat().resolvedOptions().locale
export const displayLocale = (): string => SYSTEM_LOCALE

const formats = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, kind: 'day' | 'month' | 'year' | 'moment' | 'clock'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`
  let found = formats.get(key)
  if (!found) {
    const options: Intl.DateTimeFormatOptions = {
      day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
      month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
      year: { year: 'numeric', timeZone: 'UTC' },
      moment: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    }[kind] as Intl.DateTimeFormatOptions
    formats.set(key, (found = new Intl.DateTimeFormat(locale, options)))
  }
  return found
}

/** A calendar date ("2026-01-16", "2026-01", "2026") as a day at UTC midnight, and how precise it is. */
function calendarDate(date: string): { at: Date; precision: 'day' | 'month' | 'year' } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null]
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null
  return { at: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)), precision: day !== null ? 'day' : month !== null ? 'month' : 'year' }
}

/** A calendar date of the dataset or a source, as precise as it is given. */
export function formatDate(date: string | null | undefined, locale = displayLocale()): string {
  if (!date) return 'date not given'
  const parsed = calendarDate(date)
  return parsed ? formatter(locale, parsed.precision).format(parsed.at) : date
}

/** A moment (an ISO time), in local time: "16 Jan 2026, 14:02" in British English. */
export function formatDateTime(iso: string, locale = displayLocale()): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : formatter(locale, 'moment').format(d)
}

/** The local day of a moment, in the style of `formatDate`. */
export function formatDay(iso: string, locale = displayLocale()): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : formatter(locale, 'day').format(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())))
}

/** The time of day of a moment: "14:02". */
export function formatClock(iso: string, locale = displayLocale()): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : formatter(locale, 'clock').format(d)
}

/** Two calendar dates as one range, written as the locale writes ranges ("15–16 Jan 2026"). */
export function formatDateRange(start: string | null, end: string | null, locale = displayLocale()): string {
  if (!start) return 'date not given'
  if (!end || end === start) return formatDate(start, locale)
  const from = calendarDate(start)
  const to = calendarDate(end)
  if (!from || !to || from.precision !== to.precision || to.at < from.at) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`
  return formatter(locale, from.precision).formatRange(from.at, to.at)
}

/** A count in the user's locale: "10,000", "10.000", "10 000". */
export const formatCount = (n: number, locale = displayLocale()): string => n.toLocaleString(locale)

export function humanise(id: string): string {
  const text = id.replace(/-/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** How the screens name an initiative kind: "MOU", "Work plan", never built from the id alone. */
const KIND_LABELS: Record<string, string> = { mou: 'MOU', 'terms-of-reference': 'Terms of reference', 'joint-statement': 'Joint statement' }
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? humanise(kind)
}

export { citableUrl, eventLabel, placeLabel } from '@shared/model/labels'

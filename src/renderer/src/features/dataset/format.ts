/** Display helpers shared by the research screens. Pure. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date not given'
  const [y, m, d] = date.split('-')
  const month = m ? MONTHS[Number(m) - 1] : undefined
  if (!month) return y ?? date
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
}

const twoDigits = (n: number): string => String(n).padStart(2, '0')

/**
 * A moment (an ISO time) as every screen shows one, in local time: "16 Jan 2026, 14:02". One style
 * for dates and one for moments across the app; exports keep ISO dates.
 */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`
}

/** The local day of a moment, in the style of `formatDate`: "16 Jan 2026". */
export function formatDay(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`
}

/** The time of day of a moment: "14:02". */
export function formatClock(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`
}

export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return 'date not given'
  if (!end || end === start) return formatDate(start)
  const [sy, sm] = start.split('-')
  const [ey, em, ed] = end.split('-')
  if (sy === ey && sm === em && ed) return `${Number(start.split('-')[2])}–${Number(ed)} ${MONTHS[Number(sm) - 1]} ${sy}`
  return `${formatDate(start)} – ${formatDate(end)}`
}

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

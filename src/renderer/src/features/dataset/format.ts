/** Display helpers shared by the research screens. Pure. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date not given'
  const [y, m, d] = date.split('-')
  const month = m ? MONTHS[Number(m) - 1] : undefined
  if (!month) return y ?? date
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
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

/**
 * How records' facts are written for people, in the screens, exports and search alike: from the
 * records themselves, never from ids, and never a planned event as if it were done.
 */

export interface EventLike {
  action: string
  status?: 'reported' | 'planned' | undefined
}

/** The text's verb; for a planned event what was announced ("planned: to be launched"). */
export function eventLabel(event: EventLike): string {
  const verb = event.action.replace(/-/g, ' ')
  return event.status === 'planned' ? `planned: to be ${verb}` : verb
}

/** "Singapore", not "Singapore, Singapore". `country` is the country record's name. */
export function placeLabel(city: string | null, country: string | null): string {
  return [city, country && country !== city ? country : null].filter(Boolean).join(', ')
}

/** A URL a citation may show: absolute http(s) only, so a site-relative path never passes for one. */
export function citableUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null
}

/** A short label for a meeting: "ADGMIN 6" for numbered series meetings, else its name. */
export function meetingLabel(meeting: { series: string; number: number | null; name: string }): string {
  return meeting.series === 'ADGMIN' && meeting.number ? `ADGMIN ${meeting.number}` : meeting.name
}

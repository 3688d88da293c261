import type { Source } from '@shared/model/dataset'
import { formatDate } from '../dataset/format'
import { citableUrl } from '@shared/model/labels'

/** A plain citation line: publisher, “title”, date, URL; missing parts are left out, not invented. */
export function citationLine(source: Pick<Source, 'publisher' | 'title' | 'publishedOn' | 'url'>, paragraph?: number): string {
  return [
    source.publisher,
    `“${source.title}”`,
    source.publishedOn ? formatDate(source.publishedOn) : 'n.d.',
    citableUrl(source.url),
    paragraph ? `para. ${paragraph}` : null
  ]
    .filter(Boolean)
    .join(', ')
}

import { Link } from 'react-router'
import type { Annotation } from '@shared/model/annotation'
import { useRecoveredDraft } from './hooks'
import { renderMarkdown } from './markdown'
import { useLinkNames } from './noteLinkNames'
import { RecoveredDraft } from './RecoveredDraft'
import { formatDateTime } from '../dataset/format'
import { CopyCitationButtons } from '../citations/CopyCitationButtons'

/** Read view of a note or highlight: quote (for highlights), rendered body, recovered text, tags, date. */
export function AnnotationBody({ annotation }: { annotation: Annotation }) {
  const recovered = useRecoveredDraft(annotation)
  const names = useLinkNames(annotation.body)
  return (
    <>
      {annotation.kind === 'highlight' && annotation.selector ? (
        <blockquote className={`hl-quote hl-${annotation.color ?? 'yellow'}`}>
          {annotation.selector.quote.exact}{' '}
          <Link to={`/sources/${annotation.targetId}?highlight=${annotation.id}`} aria-label="Open the highlight in its source">
            Open
          </Link>
        </blockquote>
      ) : null}
      {annotation.kind === 'highlight' && annotation.selector && annotation.targetType === 'source' ? (
        <CopyCitationButtons target={{ sourceId: annotation.targetId, at: annotation.selector.position.start }} quote={annotation.selector.quote.exact} what="this highlight" />
      ) : null}
      {annotation.body ? <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(annotation.body, names) }} /> : null}
      {recovered ? <RecoveredDraft draft={recovered} /> : null}
      <p className="note-meta">
        {annotation.tags.map((t) => (
          <span key={t} className="tag">
            #{t}
          </span>
        ))}
        <time dateTime={annotation.updated}>{formatDateTime(annotation.updated)}</time>
        {annotation.orphaned ? <span className="detached"> Detached</span> : null}
      </p>
    </>
  )
}

import { useEffect, useMemo, useRef } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { useSource } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate } from '../dataset/format'
import { findQuote, parseRange, segmentParagraph, toParagraphs } from './reader'
import { citationLine } from './citation'

const ENTITY_PATH = { initiative: 'initiatives', meeting: 'meetings', party: 'partners' } as const

export function SourceScreen() {
  const { id } = useParams()
  const [params] = useSearchParams()
  const quote = params.get('quote')
  const at = params.get('at')
  const source = useSource(id)
  const mentions = useLiveQuery(() => (id ? db.mentions.where('sourceId').equals(id).toArray() : []), [id])
  const markRef = useRef<HTMLElement>(null)
  const paragraphs = useMemo(() => (source ? toParagraphs(source.text) : []), [source])
  const hit = useMemo(() => {
    if (!source) return null
    if (quote) return findQuote(source.text, quote)
    return parseRange(at, source.text.length)
  }, [source, quote, at])
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' })
  }, [hit, mentions])
  if (source === undefined || mentions === undefined) return <Skeleton label="Loading the source" />
  if (source === null)
    return (
      <EmptyState title="Source not found">
        <Link to="/sources">All sources</Link>
      </EmptyState>
    )
  let marked = false
  return (
    <article aria-labelledby="screen-title" className="reader">
      <ScreenHeader title={source.title} subtitle={[source.publisher, source.publishedOn ? formatDate(source.publishedOn) : 'Undated'].filter(Boolean).join(' · ')} />
      <p className="citation">
        <span className="muted">Cite as: </span>
        {citationLine(source)}
      </p>
      {(quote || at) && !hit ? (
        <p role="status" className="banner info">
          The passage you followed was not found in this source.
        </p>
      ) : null}
      {source.cleaning.length > 0 ? <p className="muted small">Cleaned: {source.cleaning.join(' ')}</p> : null}
      <div className="reader-text">
        {paragraphs.map((p) => (
          <p key={p.start} data-offset={p.start}>
            {segmentParagraph(p, mentions, hit).map((s) => {
              const body = s.mention ? (
                <Link to={`/${ENTITY_PATH[s.mention.entityType]}/${s.mention.entityId}`} className="mention">
                  {s.text}
                </Link>
              ) : (
                s.text
              )
              if (!s.highlighted) return <span key={s.start}>{body}</span>
              const first = !marked
              marked = true
              return (
                <mark key={s.start} ref={first ? markRef : undefined} className="quote-mark">
                  {body}
                </mark>
              )
            })}
          </p>
        ))}
      </div>
    </article>
  )
}

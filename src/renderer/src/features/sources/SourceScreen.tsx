import { useEffect, useMemo, useRef } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useSource } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate } from '../dataset/format'
import { findQuote, toParagraphs } from './reader'

export function SourceScreen() {
  const { id } = useParams()
  const [params] = useSearchParams()
  const quote = params.get('quote')
  const source = useSource(id)
  const markRef = useRef<HTMLElement>(null)
  const paragraphs = useMemo(() => (source ? toParagraphs(source.text) : []), [source])
  const hit = useMemo(() => (source && quote ? findQuote(source.text, quote) : null), [source, quote])
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' })
  }, [hit])
  if (source === undefined) return <Skeleton label="Loading the source" />
  if (source === null)
    return (
      <EmptyState title="Source not found">
        <Link to="/sources">All sources</Link>
      </EmptyState>
    )
  const citation = [source.publisher, source.title, source.publishedOn ? formatDate(source.publishedOn) : 'n.d.', source.url]
    .filter(Boolean)
    .join('. ')
  return (
    <article aria-labelledby="screen-title" className="reader">
      <ScreenHeader title={source.title} subtitle={citation} />
      {quote && !hit ? <p role="status" className="banner info">The quoted passage was not found in this source.</p> : null}
      {source.cleaning.length > 0 ? <p className="muted small">Cleaned: {source.cleaning.join(' ')}</p> : null}
      <div className="reader-text">
        {paragraphs.map((p) => {
          if (!hit || hit.end <= p.start || hit.start >= p.end) return <p key={p.start}>{p.text}</p>
          const a = Math.max(hit.start, p.start) - p.start
          const b = Math.min(hit.end, p.end) - p.start
          return (
            <p key={p.start}>
              {p.text.slice(0, a)}
              <mark ref={markRef} className="quote-mark">
                {p.text.slice(a, b)}
              </mark>
              {p.text.slice(b)}
            </p>
          )
        })}
      </div>
    </article>
  )
}

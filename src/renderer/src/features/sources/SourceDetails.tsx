import { Link } from 'react-router'
import { SOURCE_KINDS, type Source } from '@shared/model/dataset'
import { useLabels } from '../dataset/useLabels'

const WRITTEN: Record<string, string> = {
  before: 'before the meeting it reports on',
  during: 'during the meeting it reports on',
  after: 'after the meeting it reports on',
  undated: 'undated'
}

/**
 * What a source is and how far to trust it (kind, publisher and how it is known, when it was
 * written against its meeting, a site path given without a domain), and what the app cleaned
 * out of its text. Collapsed: details for the curious reader, never mixed into the text.
 */
export function SourceDetails({ source }: { source: Source }) {
  const labels = useLabels()
  const kind = source.kind && source.kind in SOURCE_KINDS ? SOURCE_KINDS[source.kind as keyof typeof SOURCE_KINDS] : source.kind
  const log = source.cleaningLog ?? []
  if (!kind && !source.written && !source.publisherBasis && log.length === 0 && source.cleaning.length === 0) return null
  return (
    <details className="source-details">
      <summary>About this source{kind ? `: ${kind.toLowerCase()}` : ''}</summary>
      <dl className="facts">
        {kind ? (
          <>
            <dt>What it is</dt>
            <dd>{kind}</dd>
          </>
        ) : null}
        <dt>Publisher</dt>
        <dd>
          {source.publisher ?? 'Not named in the document'}
          {source.publisherBasis ? <span className="muted"> ({source.publisherBasis})</span> : null}
        </dd>
        {source.written ? (
          <>
            <dt>Written</dt>
            <dd>
              {WRITTEN[source.written] ?? source.written}
              {source.reportsOn ? (
                <>
                  {' '}
                  (<Link to={`/meetings/${source.reportsOn}`}>{labels.meeting(source.reportsOn)}</Link>)
                </>
              ) : null}
              {source.writtenBasis ? <span className="muted">. {source.writtenBasis}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>Address</dt>
        <dd>{source.url ? source.url : source.sitePath ? `A path on the publisher's site, ${source.sitePath}; the document gives no domain` : 'None given'}</dd>
      </dl>
      {source.cleaning.length > 0 ? <p className="muted small">{source.cleaning.join(' ')}</p> : null}
      {log.length > 0 ? (
        <>
          <h3>Cleaning log</h3>
          <ul className="cleaning-log">
            {log.map((entry, k) => (
              <li key={k}>
                <span className="muted">{entry.action}:</span> <code>{entry.text.length > 160 ? `${entry.text.slice(0, 160)}…` : entry.text}</code>. {entry.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  )
}

import { Link } from 'react-router'

/** The quotes that state one value, each opening its source at the quote, named by the source's title. */
export function QuoteList({ quotes, titles, open = false }: { quotes: readonly { sourceId: string; quote: string }[]; titles: ReadonlyMap<string, string>; open?: boolean }) {
  if (quotes.length === 0) return null
  return (
    <details className="evidence compact field-evidence" open={open}>
      <summary>
        Quote <span className="count">({quotes.length})</span>
      </summary>
      <ul>
        {quotes.map((e, i) => (
          <li key={i}>
            <blockquote>“{e.quote}”</blockquote>
            <Link to={`/sources/${e.sourceId}?quote=${encodeURIComponent(e.quote)}`}>{titles.get(e.sourceId) ?? 'Open in source'}</Link>
          </li>
        ))}
      </ul>
    </details>
  )
}

import { useId } from 'react'
import { Link } from 'react-router'
import type { SearchHit, SnippetPart } from '@shared/search/engine'
import { hitKindLabel, hitPlace } from './kinds'

function Parts({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>
      )}
    </>
  )
}

/**
 * One hit: its title as a link (`.result-title`, which the arrow keys move through), where in a
 * source a passage is, and the snippet. `withKind` puts the kind above the title instead, for
 * lists that mix kinds; the label describes the link, so a screen reader hears it with the title.
 */
/** A passage opens with the words its snippet marks marked in the reader too (`mark=`, repeated). */
function hrefWithWords(hit: SearchHit): string {
  const words = [...new Set(hit.snippet.filter((p) => p.match).map((p) => p.text))].slice(0, 8)
  if (hit.kind !== 'passage' || !words.length) return hit.href
  return `${hit.href}${hit.href.includes('?') ? '&' : '?'}${words.map((w) => `mark=${encodeURIComponent(w)}`).join('&')}`
}

export function ResultItem({ hit, withKind = false }: { hit: SearchHit; withKind?: boolean }) {
  const labelId = useId()
  const title = hit.titleParts.length ? hit.titleParts : [{ text: hit.title, match: false }]
  const where = withKind ? null : hitPlace(hit)
  return (
    <li className="result">
      {withKind ? (
        <span id={labelId} className="result-kind">
          {hitKindLabel(hit)}
        </span>
      ) : null}
      <Link
        to={hrefWithWords(hit)}
        className="result-title"
        aria-describedby={withKind ? labelId : undefined}
      >
        <Parts parts={title} />
      </Link>
      {where ? <span className="result-where"> · {where}</span> : null}
      {hit.snippet.length ? (
        <p className="result-snippet">
          <Parts parts={hit.snippet} />
        </p>
      ) : null}
    </li>
  )
}

import { useEffect, useState } from 'react'
import DOMPurify from 'dompurify'
import { cslItemOf, type CitableSource } from '@shared/citations/csl'
import { CITATION_STYLES } from '@shared/citations/styles'
import { useCitationStyle } from './citationStyle'
import { formatInBackground } from './citationClient'

/** A source's entry in a reference list, in the chosen style, as citeproc-js formats it. */
export function Reference({ source }: { source: CitableSource }) {
  const style = useCitationStyle()
  const [html, setHtml] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    setHtml(null)
    formatInBackground(cslItemOf(source, source.id), style).then(
      // citeproc escapes what the record says; the sanitiser keeps it to inline formatting all the same.
      (c) => current && setHtml(DOMPurify.sanitize(c.reference.html, { ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub'], ALLOWED_ATTR: [] })),
      () => current && setHtml(null)
    )
    return () => {
      current = false
    }
  }, [source, style])
  const label = CITATION_STYLES.find((s) => s.id === style)!.label
  return (
    <p className="citation">
      <span className="muted">Cite as ({label}): </span>
      {html === null ? <span>{source.title}</span> : <span className="reference" dangerouslySetInnerHTML={{ __html: html }} />}
    </p>
  )
}

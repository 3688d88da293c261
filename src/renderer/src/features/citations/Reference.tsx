import { useMemo } from 'react'
import DOMPurify from 'dompurify'
import { cslItemOf, type CitableSource } from '@shared/citations/csl'
import { formatCitation } from '@shared/citations/format'
import { CITATION_STYLES } from '@shared/citations/styles'
import { useCitationStyle } from './citationStyle'

/** A source's entry in a reference list, in the chosen style, as citeproc-js formats it. */
export function Reference({ source }: { source: CitableSource }) {
  const style = useCitationStyle()
  const html = useMemo(() => {
    try {
      // citeproc escapes what the record says; the sanitiser keeps it to inline formatting all the same.
      return DOMPurify.sanitize(formatCitation(cslItemOf(source, source.id), style).reference.html, { ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub'], ALLOWED_ATTR: [] })
    } catch {
      return null
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

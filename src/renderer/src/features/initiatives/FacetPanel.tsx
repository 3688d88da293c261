import { useState } from 'react'
import type { Facet, FacetValue } from './catalogue'

const VISIBLE = 8

export function FacetGroup({
  facet,
  title,
  values,
  label,
  onToggle
}: {
  facet: Facet
  title: string
  values: FacetValue[]
  label: (value: string) => string
  onToggle: (facet: Facet, value: string) => void
}) {
  const [expanded, setExpanded] = useState(false)
  if (values.length === 0) return null
  // A chosen value stays visible when the group is collapsed, so it can be unchosen.
  const shown = expanded ? values : values.filter((v, i) => i < VISIBLE || v.selected)
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {shown.map((v) => (
        <label key={v.value} className={v.count === 0 && !v.selected ? 'facet-value empty' : 'facet-value'}>
          <input type="checkbox" checked={v.selected} onChange={() => onToggle(facet, v.value)} />
          <span className="facet-label">{label(v.value)}</span>
          <span className="facet-count" aria-label={`${v.count} initiatives`}>
            {v.count}
          </span>
        </label>
      ))}
      {values.length > VISIBLE ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
          <span className="visually-hidden"> {title.toLowerCase()} values</span>
        </button>
      ) : null}
    </fieldset>
  )
}

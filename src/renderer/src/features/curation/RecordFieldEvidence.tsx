import { supportsEntry } from '@shared/curation/initiativeFields'
import type { Evidence } from '@shared/model/dataset'
import { QuoteList } from './QuoteList'

interface Props<F extends string> {
  record: { evidence: readonly Evidence[]; handFields?: readonly string[] }
  field: F
  spec: { label: string; key: string; list: boolean }
  /** One entry of a list field (a partner's id, another name): its own quote. */
  entry?: string
  titles: ReadonlyMap<string, string>
  /** Opens the field's dialog to type (or add) a value by hand. */
  onEdit?: (field: F) => void
}

/** Under one fact of an initiative or partner the user made: the quotes that state it, or that it was typed by hand. */
export function RecordFieldEvidence<F extends string>({ record, field, spec, entry, titles, onEdit }: Props<F>) {
  const quotes = record.evidence.filter((e) => supportsEntry(e.about, spec.key, entry))
  const hand = record.handFields?.includes(entry !== undefined ? `${spec.key}:${entry}` : field)
  const label = spec.label.toLowerCase()
  return (
    <>
      {hand ? <span className="badge muted small"> typed by you, no evidence</span> : null}
      {onEdit ? (
        <button type="button" className="ghost small" onClick={() => onEdit(field)} aria-label={spec.list ? `Add by hand: ${label}` : `Type by hand: ${label}`}>
          {spec.list ? 'Add by hand' : 'Type by hand'}
        </button>
      ) : null}
      <QuoteList quotes={quotes} titles={titles} open />
    </>
  )
}

import { INITIATIVE_FIELDS, supportsEntry, type InitiativeField } from '@shared/curation/initiativeFields'
import type { StoredInitiative } from '../../db/db'
import { QuoteList } from './QuoteList'

interface Props {
  initiative: StoredInitiative
  field: InitiativeField
  /** One entry of a list field (a partner's id, another name): its own quote. */
  entry?: string
  titles: ReadonlyMap<string, string>
  /** Opens the field's dialog to type (or add) a value by hand. */
  onEdit?: (field: InitiativeField) => void
}

/** Under one fact of an initiative the user made: the quotes that state it, or that it was typed by hand. */
export function InitiativeFieldEvidence({ initiative, field, entry, titles, onEdit }: Props) {
  const spec = INITIATIVE_FIELDS[field]
  const quotes = initiative.evidence.filter((e) => supportsEntry(e.about, spec.key, entry))
  const hand = initiative.handFields?.includes(entry !== undefined ? `${spec.key}:${entry}` : field)
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

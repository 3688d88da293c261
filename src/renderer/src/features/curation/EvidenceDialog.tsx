import { useId, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/DialogParts'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { EMPTY_VALUE, MEETING_FIELD_NAMES, MEETING_FIELDS, valueFromQuote, valueOf, type FieldValue, type MeetingField } from '@shared/curation/meetingFields'
import { notify } from '../annotations/notify'
import { FieldInputs } from './FieldInputs'
import { setMeetingField, type Quote } from './curation'
import { addCorrection } from './corrections'
import { useCountries } from './useCountries'

/**
 * Sets one field of a meeting the user made, or records the user's reading of a field of a
 * shipped meeting beside the shipped value ("I read this differently"). With a quote (text
 * selected in the reader) the value is prefilled from it and the quote becomes its evidence;
 * without one (opened from the meeting's page) the value is typed by hand and marked "no
 * evidence". Mount it when opened, so each opening starts from its own props.
 */
export function EvidenceDialog({ open, onClose, quote, meetingId, initialField, initialValue }: { open: boolean; onClose: () => void; quote: Quote | null; meetingId?: string; initialField?: MeetingField; initialValue?: FieldValue }) {
  const meetings = useLiveQuery(async () => (await db.meetings.toArray()).sort((a, b) => a.name.localeCompare(b.name)))
  const own = (meetings ?? []).filter((m) => m.origin === 'user')
  const shipped = (meetings ?? []).filter((m) => m.origin !== 'user')
  const countries = useCountries()
  const [recordId, setRecordId] = useState(meetingId ?? '')
  const [field, setField] = useState<MeetingField | ''>(initialField ?? '')
  const [value, setValue] = useState<FieldValue>(initialValue ?? EMPTY_VALUE)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const correcting = shipped.some((m) => m.id === recordId)
  const prefill = (rid: string, f: MeetingField | ''): void => {
    setError(null)
    const meeting = meetings?.find((m) => m.id === rid)
    if (!f) return setValue(EMPTY_VALUE)
    setValue(quote ? valueFromQuote(f, quote.quote, countries ?? []) : meeting ? valueOf(f, meeting) : EMPTY_VALUE)
  }
  const submit = async (): Promise<void> => {
    if (!recordId) return setError('Choose the record this is evidence for.')
    if (!field) return setError('Choose the field it states.')
    setBusy(true)
    try {
      const target = meetings?.find((m) => m.id === recordId)
      if (target && target.origin !== 'user') {
        await addCorrection(recordId, field, value, quote)
        notify(`Your reading of the ${MEETING_FIELDS[field].label.toLowerCase()} of “${target.name}” is kept beside the dataset’s${quote ? ', with the quote' : ' (typed by hand, no evidence)'}.`)
      } else {
        const saved = await setMeetingField(recordId, field, value, quote)
        notify(`${MEETING_FIELDS[field].label} of “${saved.name}” ${quote ? 'set from the quote' : 'typed by hand (no evidence)'}.`)
      }
      onClose()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog title={quote ? 'Use as evidence' : correcting ? 'I read this differently' : 'Set a field by hand'} open={open} onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        {quote ? <blockquote className="suggestion-sentence">“{quote.quote}”</blockquote> : <p className="muted small">No evidence: the value is marked as typed by you.</p>}
        {correcting ? <p className="muted small">A meeting of the dataset: your reading is kept beside the dataset’s value, marked as yours; the dataset’s value stays.</p> : null}
        <div className="field">
          <label htmlFor={`${id}-record`}>Record</label>
          <select
            id={`${id}-record`}
            value={recordId}
            data-autofocus
            onChange={(e) => {
              setRecordId(e.target.value)
              prefill(e.target.value, field)
            }}
          >
            <option value="">Choose a meeting…</option>
            <optgroup label={own.length ? 'Meetings you added' : 'Meetings you added (none yet: add one from a suggestion)'}>
              {own.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Meetings of the dataset (your reading is kept beside theirs)">
              {shipped.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-field`}>Field</label>
          <select
            id={`${id}-field`}
            value={field}
            onChange={(e) => {
              const f = e.target.value as MeetingField | ''
              setField(f)
              prefill(recordId, f)
            }}
          >
            <option value="">Choose a field…</option>
            {MEETING_FIELD_NAMES.map((f) => (
              <option key={f} value={f}>
                {MEETING_FIELDS[f].label}
              </option>
            ))}
          </select>
        </div>
        {field ? <FieldInputs field={field} value={value} countries={countries ?? []} onChange={setValue} /> : null}
        <FormFooter
          error={error}
          onCancel={onClose}
          submit={correcting ? (quote ? 'Save my reading with this evidence' : 'Save my reading without evidence') : quote ? 'Save with this evidence' : 'Save without evidence'}
          busy={busy && 'Saving…'}
        />
      </form>
    </Dialog>
  )
}

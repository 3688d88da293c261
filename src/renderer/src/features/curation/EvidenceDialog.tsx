import { useId, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/DialogParts'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'
import { CORRECTABLE_FIELDS, EMPTY_VALUE, isListField, MEETING_FIELD_NAMES, MEETING_FIELDS, valueFromQuote, valueOf, type FieldValue } from '@shared/curation/meetingFields'
import { eventKey, eventValue, INITIATIVE_CORRECTABLE_FIELDS, INITIATIVE_FIELD_NAMES, INITIATIVE_FIELDS, initiativeValueFromQuote, initiativeValueOf, type Choices } from '@shared/curation/initiativeFields'
import { notify } from '../annotations/notify'
import { FieldInputs, type AnyField } from './FieldInputs'
import { setInitiativeField, setMeetingField, setPartyField, type Quote, type RecordType } from './curation'
import { PARTY_FIELD_NAMES, PARTY_FIELDS, partyValueFromQuote, partyValueOf } from '@shared/curation/partyFields'
import { addCorrection, addInitiativeCorrection } from './corrections'
import { useChoices, useCountries } from './useCountries'
import { undoAndSay } from './HistoryPanel'

const NO_CHOICES: Choices = { parties: [], themes: [], meetings: [] }

const labelOf = (t: AnyField): string => (t.type === 'meeting' ? MEETING_FIELDS[t.field].label : t.type === 'initiative' ? INITIATIVE_FIELDS[t.field].label : PARTY_FIELDS[t.field].label)
const isList = (t: AnyField): boolean => (t.type === 'meeting' ? isListField(t.field) : t.type === 'initiative' ? INITIATIVE_FIELDS[t.field].list : PARTY_FIELDS[t.field].list)

interface Props {
  open: boolean
  onClose: () => void
  quote: Quote | null
  /** The record the dialog opens on (from its page); the user chooses one otherwise. */
  record?: { type: RecordType; id: string }
  initialField?: string
  initialValue?: FieldValue
  /** For a reading of one outcome of a shipped initiative: which one (`eventKey`). */
  initialEvent?: string
}

/**
 * Sets one field of a record the user made (a meeting or an initiative), or records the user's
 * reading of a field of a shipped meeting beside the shipped value ("I read this differently").
 * With a quote (text selected in the reader) the value is prefilled from it and the quote becomes
 * its evidence; without one (opened from the record's page) the value is typed by hand and marked
 * "no evidence". Mount it when opened, so each opening starts from its own props.
 */
export function EvidenceDialog({ open, onClose, quote, record, initialField, initialValue, initialEvent }: Props) {
  const records = useLiveQuery(async () => {
    const [meetings, initiatives, parties] = await Promise.all([db.meetings.toArray(), db.initiatives.toArray(), db.parties.filter((p) => p.origin === 'user').toArray()])
    const byName = <T extends { name: string }>(list: T[]): T[] => list.sort((a, b) => a.name.localeCompare(b.name))
    return { meetings: byName(meetings), initiatives: byName(initiatives), parties: byName(parties) }
  })
  const countries = useCountries()
  const choices = useChoices() ?? NO_CHOICES
  const [recordKey, setRecordKey] = useState(record ? `${record.type}:${record.id}` : '')
  const [field, setField] = useState(initialField ?? '')
  const [value, setValue] = useState<FieldValue>(initialValue ?? EMPTY_VALUE)
  const [which, setWhich] = useState(initialEvent ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const [type, recordId] = recordKey ? (recordKey.split(/:(.*)/s) as [RecordType, string]) : [null, '']
  const meeting = type === 'meeting' ? records?.meetings.find((m) => m.id === recordId) : undefined
  const initiative = type === 'initiative' ? records?.initiatives.find((i) => i.id === recordId) : undefined
  const party = type === 'party' ? records?.parties.find((p) => p.id === recordId) : undefined
  const correcting = (!!meeting && meeting.origin !== 'user') || (!!initiative && initiative.origin !== 'user')
  const fields: readonly string[] =
    type === 'party' ? PARTY_FIELD_NAMES : type === 'initiative' ? (correcting ? INITIATIVE_CORRECTABLE_FIELDS : INITIATIVE_FIELD_NAMES) : correcting ? CORRECTABLE_FIELDS : type === 'meeting' ? MEETING_FIELD_NAMES : []
  const target = (t: RecordType | null, f: string): AnyField | null =>
    (t === 'meeting' && (MEETING_FIELD_NAMES as string[]).includes(f)) || (t === 'initiative' && (INITIATIVE_FIELD_NAMES as string[]).includes(f)) || (t === 'party' && (PARTY_FIELD_NAMES as string[]).includes(f))
      ? ({ type: t, field: f } as AnyField)
      : null
  const current = target(type, field)

  const prefill = (key: string, f: string): void => {
    setError(null)
    const [t, rid] = key ? (key.split(/:(.*)/s) as [RecordType, string]) : [null, '']
    const chosen = target(t, f)
    if (!chosen) return setValue(EMPTY_VALUE)
    if (chosen.type === 'meeting') {
      const m = records?.meetings.find((x) => x.id === rid)
      setValue(quote ? valueFromQuote(chosen.field, quote.quote, countries ?? []) : m ? valueOf(chosen.field, m) : EMPTY_VALUE)
    } else if (chosen.type === 'initiative') {
      const x = records?.initiatives.find((i) => i.id === rid)
      setValue(quote ? initiativeValueFromQuote(chosen.field, quote.quote, choices) : x ? initiativeValueOf(chosen.field, x) : EMPTY_VALUE)
    } else {
      const p = records?.parties.find((x) => x.id === rid)
      setValue(quote ? partyValueFromQuote(chosen.field, quote.quote) : p ? partyValueOf(chosen.field, p) : EMPTY_VALUE)
    }
  }
  const submit = async (): Promise<void> => {
    if (!recordKey) return setError('Choose the record this is evidence for.')
    if (!current) return setError('Choose the field it states.')
    setBusy(true)
    try {
      const label = labelOf(current).toLowerCase()
      if (current.type === 'party') {
        const saved = await setPartyField(recordId, current.field, value, quote)
        notify(`${labelOf(current)} of “${saved.name}” ${quote ? 'set from the quote' : 'typed by hand (no evidence)'}.`, { action: { label: 'Undo', run: () => void undoAndSay('party', saved.id) } })
      } else if (current.type === 'initiative' && correcting) {
        await addInitiativeCorrection(recordId, current.field, value, quote, which || undefined)
        notify(`Your reading of the ${label} of “${initiative!.name}” is kept beside the dataset’s${quote ? ', with the quote' : ' (typed by hand, no evidence)'}.`)
      } else if (current.type === 'initiative') {
        const saved = await setInitiativeField(recordId, current.field, value, quote, choices)
        notify(`${labelOf(current)} of “${saved.name}” ${quote ? 'set from the quote' : 'typed by hand (no evidence)'}.`, { action: { label: 'Undo', run: () => void undoAndSay('initiative', saved.id) } })
      } else if (correcting) {
        await addCorrection(recordId, current.field, value, quote)
        notify(`Your reading of the ${label} of “${meeting!.name}” is kept beside the dataset’s${quote ? ', with the quote' : ' (typed by hand, no evidence)'}.`)
      } else {
        const saved = await setMeetingField(recordId, current.field, value, quote)
        notify(`${labelOf(current)} of “${meeting?.name ?? saved.name}” ${quote ? 'set from the quote' : 'typed by hand (no evidence)'}.`, { action: { label: 'Undo', run: () => void undoAndSay('meeting', saved.id) } })
      }
      onClose()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const own = (records?.meetings ?? []).filter((m) => m.origin === 'user')
  const shipped = (records?.meetings ?? []).filter((m) => m.origin !== 'user')
  const ownInitiatives = (records?.initiatives ?? []).filter((x) => x.origin === 'user')
  const shippedInitiatives = (records?.initiatives ?? []).filter((x) => x.origin !== 'user')
  const isShipped = (key: string): boolean => shipped.some((m) => `meeting:${m.id}` === key) || shippedInitiatives.some((x) => `initiative:${x.id}` === key)
  /** The records a quote can be evidence for: the user's own first, then the dataset's (a reading beside theirs). */
  const groups: { label: string; type: RecordType; yours: boolean; records: readonly { id: string; name: string }[] }[] = [
    { label: 'Meetings you added', type: 'meeting', yours: true, records: own },
    { label: 'Initiatives you added', type: 'initiative', yours: true, records: ownInitiatives },
    { label: 'Partners you added', type: 'party', yours: true, records: records?.parties ?? [] },
    { label: 'Meetings of the dataset (your reading is kept beside theirs)', type: 'meeting', yours: false, records: shipped },
    { label: 'Initiatives of the dataset (your reading is kept beside theirs)', type: 'initiative', yours: false, records: shippedInitiatives }
  ]
  const correctable = (t: RecordType, f: string): boolean => (t === 'meeting' ? (CORRECTABLE_FIELDS as string[]) : (INITIATIVE_CORRECTABLE_FIELDS as string[])).includes(f)
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
        {correcting ? <p className="muted small">A record of the dataset: your reading is kept beside the dataset’s value, marked as yours; the dataset’s value stays.</p> : null}
        <div className="field">
          <label htmlFor={`${id}-record`}>Record</label>
          <select
            id={`${id}-record`}
            value={recordKey}
            data-autofocus
            onChange={(e) => {
              setRecordKey(e.target.value)
              const [t] = e.target.value.split(':') as [RecordType]
              const keep = target(t, field) && (!isShipped(e.target.value) || correctable(t, field))
              setWhich('')
              if (!keep) setField('')
              prefill(e.target.value, keep ? field : '')
            }}
          >
            <option value="">Choose a record…</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.records.length || !g.yours ? g.label : `${g.label} (none yet: add one from a suggestion)`}>
                {g.records.map((r) => (
                  <option key={r.id} value={`${g.type}:${r.id}`}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-field`}>Field</label>
          <select
            id={`${id}-field`}
            value={field}
            disabled={!type}
            onChange={(e) => {
              setField(e.target.value)
              prefill(recordKey, e.target.value)
            }}
          >
            <option value="">{type ? 'Choose a field…' : 'Choose a record first'}</option>
            {fields.map((f) => {
              const t = target(type, f)
              return t ? (
                <option key={f} value={f}>
                  {labelOf(t)}
                </option>
              ) : null
            })}
          </select>
        </div>
        {correcting && initiative && field === 'event' ? (
          <div className="field">
            <label htmlFor={`${id}-which`}>Which outcome</label>
            <select
              id={`${id}-which`}
              value={which}
              onChange={(e) => {
                setWhich(e.target.value)
                const event = initiative.events.find((x) => eventKey(x) === e.target.value)
                if (!quote && event) setValue(eventValue(event))
              }}
            >
              <option value="">Choose the outcome…</option>
              {initiative.events.map((e) => (
                <option key={eventKey(e)} value={eventKey(e)}>
                  {[e.action, e.meetingId ? `at ${choices.meetings.find((m) => m.id === e.meetingId)?.name ?? e.meetingId}` : '', e.date ? `on ${e.date}` : ''].filter(Boolean).join(' ')}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {current ? <FieldInputs target={current} value={value} countries={countries ?? []} choices={choices} onChange={setValue} /> : null}
        {current && isList(current) && (meeting ?? initiative ?? party) ? <p className="muted small">Adds one entry to “{(meeting ?? initiative ?? party)!.name}”; the entries it has stay.</p> : null}
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

import { useId } from 'react'
import type { Country, FieldValue, MeetingField } from '@shared/curation/meetingFields'
import { RELATION_LABELS, type Choices, type InitiativeField } from '@shared/curation/initiativeFields'
import { EVENT_ACTIONS, INITIATIVE_KINDS, PARTY_KINDS } from '@shared/model/dataset'
import type { PartyField } from '@shared/curation/partyFields'
import { humanise, kindLabel } from '../dataset/format'

/** A field of one of the record types the user curates. */
export type AnyField = { type: 'meeting'; field: MeetingField } | { type: 'initiative'; field: InitiativeField } | { type: 'party'; field: PartyField }

interface Props {
  target: AnyField
  value: FieldValue
  countries: readonly Country[]
  choices: Choices
  onChange: (v: FieldValue) => void
}

/** The inputs for one field's value: dates, a place, a person, a choice of record, a text. */
export function FieldInputs({ target, value, countries, choices, onChange }: Props) {
  const id = useId()
  const text = (key: keyof FieldValue, label: string, type = 'text') => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type={type} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </div>
  )
  const area = (label: string) => (
    <div className="field" key="text">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea id={`${id}-text`} rows={4} value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} />
    </div>
  )
  const select = (key: keyof FieldValue, label: string, options: readonly (readonly [string, string])[], none = 'Choose…') => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })}>
        <option value="">{none}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  )
  const country = (label: string) =>
    select(
      'country',
      label,
      countries.map((c) => [c.id, c.name] as const),
      'Not stated'
    )
  const named = (list: NonNullable<Choices[keyof Choices]>) => [...list].sort((a, b) => a.name.localeCompare(b.name)).map((x) => [x.id, x.name] as const)
  if (target.type === 'party') {
    if (target.field === 'kind')
      return select(
        'text',
        'Kind',
        PARTY_KINDS.map((k) => [k, humanise(k)] as const)
      )
    return text('text', target.field === 'name' ? 'Name' : 'Another name')
  }
  if (target.type === 'initiative') {
    switch (target.field) {
      case 'name':
        return text('text', 'Name')
      case 'acronym':
        return text('text', 'Acronym')
      case 'alias':
        return text('text', 'Another name')
      case 'kind':
        return select(
          'text',
          'Kind',
          INITIATIVE_KINDS.map((k) => [k, kindLabel(k)] as const)
        )
      case 'theme':
        return select('ref', 'Theme', named(choices.themes))
      case 'partner':
        return select('ref', 'Partner', named(choices.parties))
      case 'summary':
        return area('Summary')
      case 'event':
        return (
          <>
            {select('ref', 'Meeting', named(choices.meetings), 'No meeting (give the date)')}
            {text('startDate', 'Date', 'date')}
            {select(
              'action',
              'What was done',
              EVENT_ACTIONS.map((a) => [a, humanise(a)] as const)
            )}
            {area('What happened')}
          </>
        )
      case 'related':
        return (
          <>
            {select('ref', 'Related initiative', named(choices.initiatives ?? []))}
            {select(
              'action',
              'How',
              Object.entries(RELATION_LABELS).map(([k, l]) => [k, l] as const)
            )}
          </>
        )
    }
  }
  switch (target.field) {
    case 'name':
      return text('text', 'Name')
    case 'alias':
      return text('text', 'Another name')
    case 'observer':
      return select('ref', 'Observer', named(choices.parties))
    case 'partnerPresent':
      return select('ref', 'Partner present', named(choices.parties))
    case 'dates':
      return (
        <>
          {text('startDate', 'First day', 'date')}
          {text('endDate', 'Last day', 'date')}
        </>
      )
    case 'place':
      return (
        <>
          {text('city', 'City')}
          {country('Country')}
        </>
      )
    case 'host':
      return country('Host country')
    case 'chair':
    case 'viceChair':
      return (
        <>
          {text('person', 'Person')}
          {text('title', 'Title')}
          {country('Country')}
        </>
      )
    case 'theme':
      return text('text', 'Theme')
    case 'format':
      return select('text', 'Format', [
        ['in-person', 'In person'],
        ['virtual', 'Video conference']
      ])
    case 'status':
      return select('text', 'Status', [
        ['held', 'Held'],
        ['announced', 'Announced']
      ])
  }
}

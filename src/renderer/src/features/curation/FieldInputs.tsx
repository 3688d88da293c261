import { useId } from 'react'
import type { Country, FieldValue, MeetingField } from '@shared/curation/meetingFields'

/** The inputs for one meeting field's value: dates, a place, a person, a choice or a text. */
export function FieldInputs({ field, value, countries, onChange }: { field: MeetingField; value: FieldValue; countries: readonly Country[]; onChange: (v: FieldValue) => void }) {
  const id = useId()
  const text = (key: keyof FieldValue, label: string, type = 'text') => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type={type} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </div>
  )
  const country = (label: string) => (
    <div className="field" key="country">
      <label htmlFor={`${id}-country`}>{label}</label>
      <select id={`${id}-country`} value={value.country} onChange={(e) => onChange({ ...value, country: e.target.value })}>
        <option value="">Not stated</option>
        {countries.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  )
  const choice = (label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`${id}-choice`}>{label}</label>
      <select id={`${id}-choice`} value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })}>
        <option value="">Choose…</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  )
  switch (field) {
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
      return choice('Format', [
        ['in-person', 'In person'],
        ['virtual', 'Video conference']
      ])
    case 'status':
      return choice('Status', [
        ['held', 'Held'],
        ['announced', 'Announced']
      ])
  }
}

import { useId, useState } from 'react'
import { normaliseTag } from '@shared/model/annotation'
import { useTags } from './hooks'

/** Tag chips with an input that suggests existing tags (a native datalist). */
export function TagEditor({ tags, onChange, label = 'Add tag' }: { tags: string[]; onChange: (tags: string[]) => void; label?: string }) {
  const [draft, setDraft] = useState('')
  const known = useTags()
  const listId = useId()
  const add = (): void => {
    const tag = normaliseTag(draft)
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
    setDraft('')
  }
  return (
    <div className="tag-editor">
      <ul className="tag-chips" aria-label="Tags">
        {tags.map((t) => (
          <li key={t}>
            #{t}
            <button type="button" className="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        aria-label={label}
        placeholder="Add tag…"
        list={listId}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault()
            add()
          }
        }}
        onBlur={() => draft.trim() && add()}
      />
      <datalist id={listId}>
        {(known ?? []).filter((k) => !tags.includes(k.tag)).map((k) => (
          <option key={k.tag} value={k.tag} />
        ))}
      </datalist>
    </div>
  )
}

import { useId, useState } from 'react'
import { normaliseTag, tagProblem } from '@shared/annotations/tags'
import { useTags } from './hooks'
import { TagLimitHint } from './TagLimitHint'

/**
 * Tag chips with an input that suggests existing tags (a native datalist). A tag over the length
 * limit stays in the input with a message; it is never cut.
 */
export function TagEditor({ tags, onChange, label = 'Add tag' }: { tags: string[]; onChange: (tags: string[]) => void; label?: string }) {
  const [draft, setDraft] = useState('')
  const known = useTags()
  const listId = useId()
  const hintId = useId()
  const tooLong = tagProblem(draft) !== null
  const add = (): void => {
    if (tooLong) return
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
        aria-describedby={hintId}
        aria-invalid={tooLong || undefined}
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
      <TagLimitHint id={hintId} draft={draft} />
      <datalist id={listId}>
        {(known ?? []).filter((k) => !tags.includes(k.tag)).map((k) => (
          <option key={k.tag} value={k.tag} />
        ))}
      </datalist>
    </div>
  )
}

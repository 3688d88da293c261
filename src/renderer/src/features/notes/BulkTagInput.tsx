import { useId, useState } from 'react'
import { tagProblem } from '@shared/annotations/tags'
import { TagLimitHint } from '../annotations/TagLimitHint'

/** The Notes screen's "Add tag" to every chosen note: refused with a message while the tag is too long. */
export function BulkTagInput({ disabled, onAdd }: { disabled: boolean; onAdd: (tag: string) => Promise<void> }) {
  const [tag, setTag] = useState('')
  const hintId = useId()
  const tooLong = tagProblem(tag) !== null
  return (
    <>
      <input
        type="text"
        aria-label="Tag to add"
        aria-describedby={hintId}
        aria-invalid={tooLong || undefined}
        placeholder="tag"
        value={tag}
        onChange={(e) => setTag(e.target.value)}
        className="small-input"
      />
      <button type="button" className="small" disabled={disabled || !tag.trim() || tooLong} onClick={() => void onAdd(tag).then(() => setTag(''))}>
        Add tag
      </button>
      <TagLimitHint id={hintId} draft={tag} />
    </>
  )
}

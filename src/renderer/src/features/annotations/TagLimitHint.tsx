import { TAG_MAX_LENGTH, tagLength, tagProblem } from '@shared/annotations/tags'

/**
 * Under a tag input while a tag is typed: its length against the limit, and, once it is over,
 * why it cannot be added. Point the input's `aria-describedby` at `id`.
 */
export function TagLimitHint({ id, draft }: { id: string; draft: string }) {
  const problem = tagProblem(draft)
  return (
    <span id={id} className="tag-limit">
      {draft ? <span className={problem ? 'tag-count over' : 'tag-count'}>{`${tagLength(draft)}/${TAG_MAX_LENGTH}`}</span> : null}
      {problem ? (
        <span role="alert" className="tag-problem">
          {problem}
        </span>
      ) : null}
    </span>
  )
}

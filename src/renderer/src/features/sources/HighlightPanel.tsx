import { Link } from 'react-router'
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '@shared/model/annotation'
import { updateAnnotation } from '../annotations/annotations'
import { deleteWithUndo } from '../annotations/deleteWithUndo'
import { NoteEditor } from '../annotations/NoteEditor'
import { CopyCitationButtons } from '../citations/CopyCitationButtons'
import { useInitiatives } from '../dataset/hooks'

/** The side panel for one highlight: its quote, colour, the initiatives it is about, and its note. */
export function HighlightPanel({ highlight, onClose, autoFocus }: { highlight: Annotation; onClose: () => void; autoFocus: boolean }) {
  const initiatives = useInitiatives()
  const names = new Map(initiatives?.map((i) => [i.id, i.name]))
  return (
    <aside className="highlight-panel" aria-label="Highlight">
      <header className="dialog-header">
        <h2>Highlight</h2>
        <button type="button" className="ghost small" onClick={onClose} aria-label="Close highlight">
          ✕
        </button>
      </header>
      <blockquote className={`hl-quote hl-${highlight.color ?? 'yellow'}`}>{highlight.selector?.quote.exact}</blockquote>
      {highlight.selector && highlight.targetType === 'source' ? (
        <CopyCitationButtons target={{ sourceId: highlight.targetId, at: highlight.selector.position.start }} quote={highlight.selector.quote.exact} what="this highlight" />
      ) : null}
      <div className="color-row" role="radiogroup" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={(highlight.color ?? 'yellow') === c}
            aria-label={c}
            className={`swatch swatch-${c}`}
            onClick={() => void updateAnnotation(highlight.id, { color: c as HighlightColor })}
          />
        ))}
      </div>
      <label className="field">
        <span>About initiative</span>
        <select
          aria-label="About initiative"
          value=""
          onChange={(e) => e.target.value && void updateAnnotation(highlight.id, { links: [...new Set([...highlight.links, e.target.value])] })}
        >
          <option value="">Link to an initiative…</option>
          {(initiatives ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.acronym ? `${i.acronym} · ${i.name}` : i.name}
            </option>
          ))}
        </select>
      </label>
      {highlight.links.length > 0 ? (
        <ul className="tag-chips linked" aria-label="Linked initiatives">
          {highlight.links.map((id) => (
            <li key={id}>
              <Link to={`/initiatives/${id}`}>{names.get(id) ?? id}</Link>
              <button type="button" className="chip-remove" aria-label={`Unlink ${names.get(id) ?? id}`} onClick={() => void updateAnnotation(highlight.id, { links: highlight.links.filter((l) => l !== id) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <NoteEditor key={highlight.id} annotation={highlight} autoFocus={autoFocus} />
      <button
        type="button"
        className="ghost small danger"
        onClick={() => {
          onClose()
          void deleteWithUndo([highlight.id])
        }}
      >
        Delete highlight
      </button>
    </aside>
  )
}

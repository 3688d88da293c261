import { forwardRef, type KeyboardEvent, type MouseEvent } from 'react'
import { Link } from 'react-router'
import type { Mention } from '@shared/model/dataset'
import { segmentParagraph, type Mark, type Paragraph } from './reader'

const ENTITY_PATH = { initiative: 'initiatives', meeting: 'meetings', party: 'partners' } as const

export interface ReaderMark extends Mark {
  /** CSS class: `quote-mark` for a followed quote, `hl hl-<colour>` for highlights. */
  className: string
  highlightId?: string
  label?: string
}

interface Props {
  paragraphs: Paragraph[]
  mentions: Mention[]
  marks: ReaderMark[]
  onOpenHighlight: (id: string) => void
  /** The paragraph that is the text's one Tab stop (`useKeyboardSelection`). */
  activeParagraph: number
  onParagraphFocus: (index: number) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  /** Right-click or the context-menu key in the text: a menu for the selection or the highlight there. */
  onContextMenu?: (event: MouseEvent<HTMLDivElement>) => void
}

/**
 * The text of a source: paragraphs, known names linked, highlights drawn over it. Each run
 * carries `data-start` so a selection maps back to source offsets. A highlighted run is a button
 * that opens the highlight (a mention inside it is not also a link: controls do not nest). Each
 * paragraph can take focus, so a passage can be read and selected with the keyboard alone.
 */
export const ReaderText = forwardRef<HTMLDivElement, Props>(function ReaderText({ paragraphs, mentions, marks, onOpenHighlight, activeParagraph, onParagraphFocus, onKeyDown, onContextMenu }, ref) {
  return (
    // The paragraphs' keys (moving, selecting) are handled here, once for all of them.
    <div className="reader-text" ref={ref} onKeyDown={onKeyDown} onContextMenu={onContextMenu}>
      {paragraphs.map((p, index) => (
        <p
          key={p.start}
          id={`para-${index + 1}`}
          data-paragraph={index}
          // One Tab stop for the whole text; ↓ / ↑ move it (a roving tabindex).
          tabIndex={index === Math.min(activeParagraph, paragraphs.length - 1) ? 0 : -1}
          onFocus={(e) => e.target === e.currentTarget && onParagraphFocus(index)}
        >
          {segmentParagraph(p, mentions, marks).map((s) => {
            const top = [...s.marks].reverse().find((m) => (m as ReaderMark).highlightId) as ReaderMark | undefined
            const classes = (s.marks as ReaderMark[]).map((m) => m.className).join(' ')
            if (top?.highlightId) {
              const id = top.highlightId
              return (
                <mark
                  key={s.start}
                  data-start={s.start}
                  data-highlight={id}
                  className={classes}
                  role="button"
                  tabIndex={0}
                  aria-label={`Highlight: ${s.text}`}
                  onClick={() => onOpenHighlight(id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault()
                      onOpenHighlight(id)
                    }
                  }}
                >
                  {s.text}
                </mark>
              )
            }
            const body = s.mention ? (
              <Link to={`/${ENTITY_PATH[s.mention.entityType]}/${s.mention.entityId}`} className="mention">
                {s.text}
              </Link>
            ) : (
              s.text
            )
            return s.marks.length ? (
              <mark key={s.start} data-start={s.start} className={classes}>
                {body}
              </mark>
            ) : (
              <span key={s.start} data-start={s.start}>
                {body}
              </span>
            )
          })}
        </p>
      ))}
    </div>
  )
})

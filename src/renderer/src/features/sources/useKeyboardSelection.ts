/**
 * Reading and selecting with the keyboard alone. The reader's paragraphs are one Tab stop: ↓ / ↑
 * move between them (a roving tabindex); on a paragraph, Enter selects it, `s` selects its first
 * sentence (again: the next one), Shift+→ / Shift+← make the selection a word longer or shorter
 * and Shift+↓ / Shift+↑ a sentence, Esc clears it, and Tab goes to the highlight toolbar. The
 * selection is the browser's own, so everything a mouse selection does (the toolbar, `h`,
 * "Use as evidence for…") follows.
 */
import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react'
import { extendSelection, sentenceFrom, wordsOf } from '@shared/text/boundaries'
import type { Paragraph } from './reader'
import { selectOffsets, selectionOffsets } from './selection'

export function useKeyboardSelection(container: RefObject<HTMLDivElement | null>, paragraphs: readonly Paragraph[], text: string, language: string | undefined) {
  const [active, setActive] = useState(0)

  const focusParagraph = useCallback(
    (index: number) => {
      const target = container.current?.querySelector<HTMLElement>(`p[data-paragraph="${index}"]`)
      if (!target) return
      setActive(index)
      target.focus()
    },
    [container]
  )

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const element = e.target as HTMLElement
      const root = container.current
      // Only on the paragraph itself: a link or a highlight inside it keeps its own keys.
      if (!root || element.dataset['paragraph'] === undefined || e.ctrlKey || e.metaKey || e.altKey) return
      const index = Number(element.dataset['paragraph'])
      const paragraph = paragraphs[index]
      if (!paragraph) return
      const own = text.slice(paragraph.start, paragraph.end)
      const selected = selectionOffsets(root)
      // The selection, relative to this paragraph, when it lies within it.
      const inside = selected && selected.start >= paragraph.start && selected.end <= paragraph.end ? { start: selected.start - paragraph.start, end: selected.end - paragraph.start } : null
      const select = (start: number, end: number): void => void selectOffsets(root, paragraph.start + start, paragraph.start + end)
      const key = e.key
      let handled = true
      if ((key === 'ArrowDown' || key === 'ArrowUp') && !e.shiftKey) focusParagraph(Math.max(0, Math.min(paragraphs.length - 1, index + (key === 'ArrowDown' ? 1 : -1))))
      else if (key === 'Enter') select(0, own.length)
      else if (key === 's' && !e.shiftKey) {
        const sentence = (inside && sentenceFrom(own, inside.end, language)) || sentenceFrom(own, 0, language)
        if (sentence) select(sentence.start, sentence.end)
      } else if (e.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft' || key === 'ArrowDown' || key === 'ArrowUp')) {
        const unit = key === 'ArrowRight' || key === 'ArrowLeft' ? 'word' : 'sentence'
        const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1
        const from = inside ?? (unit === 'word' ? wordsOf(own, language)[0] : sentenceFrom(own, 0, language))
        if (from) {
          const next = inside ? extendSelection(own, inside, unit, step, language) : from
          select(next.start, next.end)
        }
      } else if (key === 'Escape' && selected) window.getSelection()?.removeAllRanges()
      else if (key === 'Tab' && !e.shiftKey && selected) {
        const first = document.querySelector<HTMLElement>('.selection-toolbar button')
        if (first) first.focus()
        else handled = false
      } else handled = false
      if (handled) {
        e.preventDefault()
        e.stopPropagation()
      }
    },
    [container, paragraphs, text, language, focusParagraph]
  )

  /** The toolbar's own keys: ← / → move between its buttons, Esc goes back to the paragraph. */
  const onToolbarKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault()
        buttons[(at + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length]?.focus()
      } else if (e.key === 'Escape') {
        e.preventDefault()
        focusParagraph(active)
      }
    },
    [active, focusParagraph]
  )

  return { activeParagraph: active, setActiveParagraph: setActive, onKeyDown, onToolbarKeyDown, focusParagraph }
}

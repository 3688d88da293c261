import { SourceDetails } from './SourceDetails'
import { SuggestionsPanel } from '../import/SuggestionsPanel'
import { SourceDetailsForm } from '../import/SourceDetailsForm'
import { ExportButton } from '../export/ExportDialog'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { findAll } from '@shared/text/find'
import { FindBar } from './FindBar'
import { useKeyboardSelection } from './useKeyboardSelection'
import { provideCommand } from '../../app/commandHandlers'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLiveQuery } from '../../db/useLiveQuery'
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/model/annotation'
import { db } from '../../db/db'
import { useSource } from '../dataset/hooks'
import { EmptyState, ScreenHeader, Skeleton } from '../../components/States'
import { formatDate } from '../dataset/format'
import { createHighlight, reattachHighlight } from '../annotations/annotations'
import { useTargetAnnotations } from '../annotations/hooks'
import { notify } from '../annotations/notify'
import { isTextField } from '../../app/shortcuts'
import { findQuote, parseRange, toParagraphs } from './reader'
import { Reference } from '../citations/Reference'
import { Backlinks } from '../annotations/Backlinks'
import { ReaderText, type ReaderMark } from './ReaderText'
import { HighlightPanel } from './HighlightPanel'
import { selectionOffsets } from './selection'
import { useAnchoredHighlights } from './useAnchoredHighlights'
import { useReadingPosition } from './useReadingPosition'
import { AddToCollection } from '../collections/AddToCollection'
import { CopyCitationButtons } from '../citations/CopyCitationButtons'
import { ContextMenu } from '../../components/ContextMenu'
import { copyCitation, copyQuoteWithCitation } from '../citations/copyCitation'
import { EvidenceDialog } from '../curation/EvidenceDialog'

interface Selected {
  start: number
  end: number
  top: number
  left: number
}

/** The words a search marked (`mark=`), marked again where they stand inside the opened passage. */
function wordsIn(text: string, range: { start: number; end: number }, words: string): ReaderMark[] {
  const passage = text.slice(range.start, range.end).toLowerCase()
  const out: ReaderMark[] = []
  for (const word of new Set(words.toLowerCase().split('\n').filter(Boolean))) {
    for (let at = passage.indexOf(word); at >= 0 && out.length < 40; at = passage.indexOf(word, at + word.length)) {
      out.push({ start: range.start + at, end: range.start + at + word.length, key: `word-${range.start + at}`, className: 'word-mark' })
    }
  }
  return out
}

export function SourceScreen() {
  const { id } = useParams()
  const [params] = useSearchParams()
  const quote = params.get('quote')
  const at = params.get('at')
  const source = useSource(id)
  const mentions = useLiveQuery(() => (id ? db.mentions.where('sourceId').equals(id).toArray() : []), [id])
  const annotations = useTargetAnnotations('source', id)
  const anchored = useAnchoredHighlights(source ?? undefined, annotations)
  const [active, setActive] = useState<string | null>(params.get('highlight'))
  const [focusNote, setFocusNote] = useState(false)
  const [editing, setEditing] = useState(false)
  const [selected, setSelected] = useState<Selected | null>(null)
  const [citeMenu, setCiteMenu] = useState<{ x: number; y: number; highlightId: string | null } | null>(null)
  const [evidenceQuote, setEvidenceQuote] = useState<string | null>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const paragraphs = useMemo(() => (source ? toParagraphs(source.text) : []), [source])
  const keyboard = useKeyboardSelection(textRef, paragraphs, source?.text ?? '', source?.language)
  const hit = useMemo(() => {
    if (!source) return null
    if (quote) return findQuote(source.text, quote)
    return parseRange(at, source.text.length)
  }, [source, quote, at])
  const words = params.getAll('mark').join('\n')
  const [find, setFind] = useState<{ query: string; index: number } | null>(null)
  const findQuery = find?.query ?? null
  const found = useMemo(() => (findQuery !== null && source ? findAll(source.text, findQuery) : []), [findQuery, source])
  const current = found.length ? Math.min(find?.index ?? 0, found.length - 1) : 0
  const marks = useMemo<ReaderMark[]>(
    () => [
      ...found.map((f, k) => ({ ...f, key: `find-${k}`, className: k === current ? 'find-match find-current' : 'find-match' })),
      ...(hit ? [{ ...hit, key: 'quote', className: 'quote-mark' }] : []),
      ...(hit && source ? wordsIn(source.text, hit, words) : []),
      ...anchored
        .filter((h) => h.anchor)
        .map((h) => ({ start: h.anchor!.start, end: h.anchor!.end, key: h.annotation.id, highlightId: h.annotation.id, className: `hl hl-${h.annotation.color ?? 'yellow'}${h.annotation.id === active ? ' active' : ''}` }))
    ],
    [hit, anchored, active, source, words, found, current]
  )
  const detached = anchored.filter((h) => !h.anchor)
  const activeHighlight = anchored.find((h) => h.annotation.id === active)?.annotation

  useReadingPosition(source?.id, textRef, paragraphs.length > 0, Boolean(quote || at || params.get('highlight')))
  const scrolled = useRef<string | null>(null)
  useEffect(() => {
    const target = hit ? 'quote' : params.get('highlight')
    if (!target || scrolled.current === target || !textRef.current) return
    const el = textRef.current.querySelector(target === 'quote' ? 'mark.quote-mark' : `[data-highlight="${target}"]`)
    if (el) {
      el.scrollIntoView({ block: 'center' })
      scrolled.current = target
    }
  }, [hit, params, marks])

  const readSelection = useCallback(() => {
    const container = textRef.current
    const offsets = container ? selectionOffsets(container) : null
    if (!offsets) return setSelected(null)
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
    // Kept inside the window even when the selection runs off screen (keyboard selection).
    setSelected({
      ...offsets,
      top: Math.min(window.innerHeight - 56, Math.max(8, rect.top - 48)),
      left: Math.min(window.innerWidth - 280, Math.max(8, rect.left))
    })
  }, [])

  useEffect(() => {
    document.addEventListener('selectionchange', readSelection)
    return () => document.removeEventListener('selectionchange', readSelection)
  }, [readSelection])

  const highlight = useCallback(
    async (color: HighlightColor, withNote = false) => {
      if (!source || !selected) return
      try {
        const created = await createHighlight(source.id, source.text, selected.start, selected.end, color)
        window.getSelection()?.removeAllRanges()
        setSelected(null)
        setActive(created.id)
        setFocusNote(withNote)
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
      }
    },
    [source, selected]
  )

  // The match shown is scrolled into the middle of the window.
  useEffect(() => {
    if (!find || !found.length) return
    textRef.current?.querySelector('mark.find-current')?.scrollIntoView({ block: 'center' })
  }, [find, found, current])

  /** Selects the match shown in the text itself, so the highlight toolbar offers to keep it. */
  const selectMatch = useCallback(() => {
    const parts = textRef.current?.querySelectorAll('mark.find-current')
    if (!parts?.length) return
    const range = document.createRange()
    range.setStartBefore(parts[0]!)
    range.setEndAfter(parts[parts.length - 1]!)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }, [])

  useEffect(() => {
    const openFind = (): void => {
      setFind((f) => f ?? { query: window.getSelection()?.toString().trim().slice(0, 100) ?? '', index: 0 })
      // Focus the field again when the bar is already open (and once it is drawn when not).
      document.querySelector<HTMLInputElement>('.find-bar input')?.focus()
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.find-bar input')?.focus())
    }
    const onFind = (e: KeyboardEvent): void => {
      if (e.key.toLowerCase() === 'f' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault()
        openFind()
      }
    }
    window.addEventListener('keydown', onFind)
    const withdraw = provideCommand('find', openFind)
    return () => {
      window.removeEventListener('keydown', onFind)
      withdraw()
    }
  }, [])

  useEffect(() => {
    if (!source) return
    const citeSelection = (): void => void copyCitation({ sourceId: source.id, ...(selected ? { at: selected.start } : {}) })
    const quoteSelection = (): void => {
      if (selected) void copyQuoteWithCitation({ sourceId: source.id, at: selected.start }, source.text.slice(selected.start, selected.end))
      else notify('Select a passage first: its words are the quote.')
    }
    const onKey = (e: KeyboardEvent): void => {
      // By the key's place: with Alt, a Mac keyboard types ç.
      if (!(e.ctrlKey || e.metaKey) || e.code !== 'KeyC' || isTextField(e.target)) return
      if (e.shiftKey && !e.altKey) citeSelection()
      else if (e.altKey && !e.shiftKey) quoteSelection()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    const withdraw = [provideCommand('copy-citation', citeSelection), provideCommand('copy-quote', quoteSelection)]
    return () => {
      window.removeEventListener('keydown', onKey)
      withdraw.forEach((w) => w())
    }
  }, [source, selected])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'h' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextField(e.target) && selected) {
        e.preventDefault()
        void highlight('yellow', true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [selected, highlight])

  if (source === undefined || mentions === undefined || annotations === undefined) return <Skeleton label="Loading the source" />
  if (source === null)
    return (
      <EmptyState title="Source not found">
        <Link to="/sources">All sources</Link>
      </EmptyState>
    )
  return (
    <div className={activeHighlight ? 'reader-layout with-panel' : 'reader-layout'}>
      <article aria-labelledby="screen-title" className="reader">
        <ScreenHeader title={source.title} subtitle={[source.publisher, source.publishedOn ? formatDate(source.publishedOn) : 'Undated'].filter(Boolean).join(' · ')}>
          <AddToCollection item={{ type: 'source', id: source.id }} />
          <CopyCitationButtons target={{ sourceId: source.id }} what="this source" />
          <ExportButton scope={{ type: 'source', id: source.id, label: source.title }} />
          {source.origin === 'user' ? (
            <button type="button" className="small ghost" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
              Edit details
            </button>
          ) : null}
        </ScreenHeader>
        {editing && source.origin === 'user' ? <SourceDetailsForm source={source} onDone={() => setEditing(false)} /> : null}
        {(quote || at) && !hit ? (
          <p role="status" className="banner info">
            The passage you followed was not found in this source.
          </p>
        ) : null}
        <SourceDetails source={source} />
        {find ? (
          <FindBar
            query={find.query}
            onQuery={(query) => setFind({ query, index: 0 })}
            current={current}
            total={found.length}
            onMove={(step) => setFind((f) => (f && found.length ? { ...f, index: (current + step + found.length) % found.length } : f))}
            onSelect={selectMatch}
            onClose={() => {
              setFind(null)
              textRef.current?.focus()
            }}
          />
        ) : null}
        <p className="muted small">Select text to highlight it (press h, or pick a colour; Ctrl/⌘ F finds a word). By keyboard: Tab to the text, ↓ ↑ paragraphs, Enter or s selects, Shift+arrows more or less. {anchored.length ? `${anchored.length} highlight${anchored.length === 1 ? '' : 's'} here.` : ''}</p>
        {detached.length > 0 ? (
          <section className="detached-list" aria-labelledby="detached-title">
            <h2 id="detached-title">Detached highlights ({detached.length})</h2>
            <p className="muted small">The text changed and these passages could not be found again. They are kept; select the new text and re-attach.</p>
            <ul>
              {detached.map(({ annotation }) => (
                <li key={annotation.id}>
                  <blockquote className={`hl-quote hl-${annotation.color ?? 'yellow'}`}>{annotation.selector?.quote.exact}</blockquote>
                  {annotation.body ? <p>{annotation.body}</p> : null}
                  <button
                    type="button"
                    className="small"
                    disabled={!selected}
                    onClick={() => selected && void reattachHighlight(annotation.id, source.text, selected.start, selected.end).then(() => setActive(annotation.id))}
                  >
                    Re-attach to the selected text
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ReaderText
          ref={textRef}
          paragraphs={paragraphs}
          mentions={mentions}
          marks={marks}
          activeParagraph={keyboard.activeParagraph}
          onParagraphFocus={keyboard.setActiveParagraph}
          onKeyDown={keyboard.onKeyDown}
          onOpenHighlight={(hid) => {
            setActive(hid)
            setFocusNote(false)
          }}
          onContextMenu={(e) => {
            const highlightId = (e.target as HTMLElement).closest('[data-highlight]')?.getAttribute('data-highlight') ?? null
            if (!selected && !highlightId) return
            e.preventDefault()
            // From the keyboard (the context-menu key) there is no pointer: the menu opens at the selection.
            const at = e.clientX || e.clientY ? { x: e.clientX, y: e.clientY } : (window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0).getBoundingClientRect() : { x: 0, y: 0 })
            setCiteMenu({ x: at.x, y: at.y, highlightId: selected ? null : highlightId })
          }}
        />
        {citeMenu ? (
          <ContextMenu
            x={citeMenu.x}
            y={citeMenu.y}
            label="Cite"
            choices={[
              { key: 'quote', label: 'Copy quote with citation' },
              { key: 'cite', label: 'Copy citation' }
            ]}
            onClose={() => setCiteMenu(null)}
            onChoose={(key) => {
              const mark = citeMenu.highlightId ? annotations.find((a) => a.id === citeMenu.highlightId)?.selector : undefined
              const span = mark ? { start: mark.position.start, end: mark.position.end } : selected
              if (!span) return
              if (key === 'cite') void copyCitation({ sourceId: source.id, at: span.start })
              else void copyQuoteWithCitation({ sourceId: source.id, at: span.start }, source.text.slice(span.start, span.end))
            }}
          />
        ) : null}
        {source.origin === 'user' ? <SuggestionsPanel source={source} selection={selected ? source.text.slice(selected.start, selected.end) : null} /> : null}
        {/* After the text: they arrive once formatted and read, and must not move the place a reader returns to. */}
        <Reference source={source} />
        <Backlinks type="source" id={source.id} />
      </article>
      {activeHighlight ? <HighlightPanel highlight={activeHighlight} autoFocus={focusNote} onClose={() => setActive(null)} /> : null}
      {selected ? (
        <div className="selection-toolbar" role="toolbar" aria-label="Highlight the selection" style={{ top: selected.top, left: selected.left }} onKeyDown={keyboard.onToolbarKeyDown}>
          {HIGHLIGHT_COLORS.map((c) => (
            <button key={c} type="button" className={`swatch swatch-${c}`} aria-label={`Highlight ${c}`} onMouseDown={(e) => e.preventDefault()} onClick={() => void highlight(c)} />
          ))}
          <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => void highlight('yellow', true)}>
            Highlight + note
          </button>
          <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => setEvidenceQuote(source.text.slice(selected.start, selected.end))}>
            Use as evidence for…
          </button>
          <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => void copyQuoteWithCitation({ sourceId: source.id, at: selected.start }, source.text.slice(selected.start, selected.end))}>
            Copy quote with citation
          </button>
        </div>
      ) : null}
      {evidenceQuote ? <EvidenceDialog open quote={{ sourceId: source.id, quote: evidenceQuote }} onClose={() => setEvidenceQuote(null)} /> : null}
    </div>
  )
}

/**
 * `[[` in a note offers records by name: initiatives, meetings and partners from their tables,
 * sources through search (a library may hold thousands). ↓ ↑ choose, Enter or Tab inserts the
 * link (`[[type:id|Name]]`), Esc closes the list and keeps what was typed.
 */
import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react'
import { linkMarkup, openLinkAt, suggestLinks, type LinkCandidate } from '@shared/annotations/noteLinks'
import { db } from '../../db/db'
import { useLiveQuery } from '../../db/useLiveQuery'
import { searchClient } from '../search/searchClient'

const TYPE_LABEL: Record<LinkCandidate['type'], string> = { initiative: 'Initiative', meeting: 'Meeting', party: 'Partner', source: 'Source' }

function useCandidates(query: string | null): LinkCandidate[] {
  const open = query !== null
  const records = useLiveQuery(async () => {
    if (!open) return []
    const [initiatives, meetings, parties] = await Promise.all([db.initiatives.toArray(), db.meetings.toArray(), db.parties.toArray()])
    return [
      ...initiatives.map((x): LinkCandidate => ({ type: 'initiative', id: x.id, name: x.name, aliases: [x.acronym ?? '', ...(x.aliases ?? [])].filter(Boolean) })),
      ...meetings.map((x): LinkCandidate => ({ type: 'meeting', id: x.id, name: x.name, aliases: x.aliases ?? [] })),
      ...parties.map((x): LinkCandidate => ({ type: 'party', id: x.id, name: x.name, aliases: x.aliases ?? [] }))
    ]
  }, [open])
  const [sources, setSources] = useState<LinkCandidate[]>([])
  useEffect(() => {
    if (!query || query.trim().length < 2) return setSources([])
    let current = true
    const timer = setTimeout(() => {
      void searchClient.query(query, { kind: 'passage' }).then((outcome) => {
        if (!current) return
        const seen = new Map<string, LinkCandidate>()
        for (const hit of outcome.hits) if (!seen.has(hit.id)) seen.set(hit.id, { type: 'source', id: hit.id, name: hit.title })
        setSources([...seen.values()])
      })
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query])
  if (query === null) return []
  return [...suggestLinks(records ?? [], query, 6), ...suggestLinks(sources, query, 4)]
}

export function useLinkSuggest(field: RefObject<HTMLTextAreaElement | null>, text: string, setText: (text: string) => void) {
  const [caret, setCaret] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const open = caret === null ? null : openLinkAt(text, caret)
  const shown = open && open.from !== dismissed ? open : null
  const choices = useCandidates(shown ? shown.query : null)
  const listId = useId()
  useEffect(() => setActive(0), [shown?.query])

  const insert = (choice: LinkCandidate): void => {
    if (!shown || caret === null) return
    const markup = linkMarkup(choice.type, choice.id, choice.name)
    const next = text.slice(0, shown.from) + markup + text.slice(caret)
    setText(next)
    const at = shown.from + markup.length
    setCaret(at)
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at))
  }

  const track = (): void => setCaret(field.current?.selectionStart ?? null)

  /** Returns true when the key was the list's. */
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!shown || !choices.length) return false
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length)
      return true
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault()
      insert(choices[Math.min(active, choices.length - 1)]!)
      return true
    }
    if (e.key === 'Escape') {
      e.preventDefault()
      setDismissed(shown.from)
      return true
    }
    return false
  }

  const expanded = Boolean(shown && choices.length)
  // The field stays a text box (its name is "Note"); the list is tied to it as a text box's may be.
  const fieldProps = {
    'aria-autocomplete': 'list' as const,
    'aria-controls': listId,
    ...(expanded ? { 'aria-activedescendant': `${listId}-${Math.min(active, choices.length - 1)}` } : {}),
    onSelect: track,
    onKeyUp: track,
    onClick: track
  }
  const list = expanded ? (
    <ul id={listId} role="listbox" aria-label="Link to a record" className="link-suggest">
      {choices.map((c, i) => (
        <li
          key={`${c.type}:${c.id}`}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === Math.min(active, choices.length - 1)}
          onMouseDown={(e) => {
            e.preventDefault()
            insert(c)
          }}
        >
          <span className="muted">{TYPE_LABEL[c.type]}</span> {c.name}
        </li>
      ))}
    </ul>
  ) : (
    <ul id={listId} role="listbox" aria-label="Link to a record" hidden />
  )
  return { fieldProps, onKeyDown, list }
}

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { MenuChoice } from './MenuButton'

/**
 * A menu at the pointer (right-click, or the context-menu key): the WAI-ARIA menu pattern, as
 * `MenuButton`'s. The first choice has focus; ↓ ↑ Home End move, Enter or a click chooses, Esc,
 * Tab or a click elsewhere closes. It stays inside the window.
 */
export function ContextMenu({ x, y, label, choices, onChoose, onClose }: { x: number; y: number; label: string; choices: readonly MenuChoice[]; onChoose: (key: string) => void; onClose: () => void }) {
  const menu = useRef<HTMLUListElement>(null)
  const [active, setActive] = useState(0)
  const [place, setPlace] = useState({ left: x, top: y })

  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect()
    if (!box) return
    setPlace({ left: Math.max(4, Math.min(x, window.innerWidth - box.width - 4)), top: Math.max(4, Math.min(y, window.innerHeight - box.height - 4)) })
  }, [x, y])

  useEffect(() => {
    ;(menu.current?.children[active]?.firstElementChild as HTMLElement | null | undefined)?.focus()
  }, [active])

  useEffect(() => {
    const outside = (e: PointerEvent): void => {
      if (!menu.current?.contains(e.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [onClose])

  const onKey = (e: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: choices.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      setActive((moves[e.key]! + choices.length) % choices.length)
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      e.stopPropagation()
      onClose()
    }
  }

  return (
    <ul ref={menu} role="menu" aria-label={label} className="menu context-menu" style={{ position: 'fixed', left: place.left, top: place.top }} onKeyDown={onKey}>
      {choices.map((c, i) => (
        <li key={c.key} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={i === active ? 0 : -1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              onClose()
              onChoose(c.key)
            }}
          >
            {c.label}
          </button>
        </li>
      ))}
    </ul>
  )
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

export interface MenuChoice {
  key: string
  label: string
}

/**
 * A button that opens a menu of choices (the WAI-ARIA menu button pattern). Unlike a `<select>`,
 * nothing happens while the user arrows through the choices: a choice is made with Enter, Space or
 * a click. Escape or a click elsewhere closes the menu; focus goes back to the button.
 */
export function MenuButton({ label, choices, onChoose }: { label: string; choices: readonly MenuChoice[]; onChoose: (key: string) => void }) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    ;(menu.current?.children[active]?.firstElementChild as HTMLElement | null | undefined)?.focus()
  }, [open, active])

  useEffect(() => {
    if (!open) return
    const outside = (e: PointerEvent): void => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const close = (): void => {
    setOpen(false)
    button.current?.focus()
  }
  const choose = (key: string): void => {
    close()
    onChoose(key)
  }
  const openAt = (index: number): void => {
    setActive((index + choices.length) % choices.length)
    setOpen(true)
  }
  const onMenuKey = (e: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: choices.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      setActive((moves[e.key]! + choices.length) % choices.length)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      close()
    } else if (e.key === 'Tab') setOpen(false)
  }

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            openAt(e.key === 'ArrowDown' ? 0 : -1)
          }
        }}
      >
        {label}
      </button>
      {open ? (
        <ul ref={menu} id={id} role="menu" aria-label={label.replace(/…$/, '')} className="menu" onKeyDown={onMenuKey}>
          {choices.map((c, i) => (
            <li key={c.key} role="none">
              <button type="button" role="menuitem" tabIndex={i === active ? 0 : -1} onClick={() => choose(c.key)}>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

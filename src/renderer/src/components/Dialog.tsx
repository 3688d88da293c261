import { useEffect, useRef, type ReactNode } from 'react'

/**
 * A modal built on <dialog>: focus is trapped by the browser, Esc closes it, and on closing the
 * focus goes back to the control that had it when the dialog opened. On opening, the focus goes
 * to the element marked `data-autofocus`, if any.
 */
export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  // Set while the dialog closes because `open` went false: its close event is then no request.
  const closing = useRef(false)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      // React's autoFocus is a focus() at mount, which showModal overrides: name the field instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    if (!open && dialog.open) {
      closing.current = true
      dialog.close()
    }
    if (!open && opener.current) {
      if (opener.current.isConnected) opener.current.focus()
      opener.current = null
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={title}
      // Esc asks the owner to close, at once; the state closes the dialog. Left to the browser, the
      // dialog would close first and say so a task later, and a shortcut pressed in between (Esc,
      // then Ctrl+Shift+P) would find it still open in the state and do nothing.
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClose={() => {
        if (closing.current) closing.current = false
        else onClose()
      }}
    >
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      {open ? children : null}
    </dialog>
  )
}

import { useId, useState, type ReactNode } from 'react'
import { Dialog } from './Dialog'

/**
 * In-app replacements for `window.prompt` and `window.confirm`, which Electron does not support
 * (prompt) or shows as an unstyled native box. Both are modal `<dialog>`s: Esc closes them and the
 * browser returns focus to the control that opened them.
 */
export function PromptDialog({ title, label, submit, open, initial = '', onSubmit, onClose }: { title: string; label: string; submit: string; open: boolean; initial?: string; onSubmit: (value: string) => void; onClose: () => void }) {
  const [value, setValue] = useState(initial)
  const id = useId()
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault()
          const trimmed = value.trim()
          if (!trimmed) return
          setValue(initial)
          onSubmit(trimmed)
        }}
      >
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <input id={id} type="text" value={value} onChange={(e) => setValue(e.target.value)} data-autofocus required />
        </div>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={!value.trim()}>
            {submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

export function ConfirmDialog({ title, confirm, open, onConfirm, onClose, children }: { title: string; confirm: string; open: boolean; onConfirm: () => void; onClose: () => void; children: ReactNode }) {
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <p>{children}</p>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  )
}

import type { ReactNode } from 'react'

/** The end of a dialog's form: the error, if any, then Cancel and the submit button. */
export function FormFooter({ error, onCancel, submit, busy = false }: { error: string | null; onCancel: () => void; submit: string; busy?: string | false }) {
  return (
    <>
      {error ? (
        <p role="alert" className="banner error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy !== false}>
          {busy || submit}
        </button>
      </div>
    </>
  )
}

/** A dialog that can only report a problem: the message, and OK to close. */
export function DialogAlert({ children, onClose, className }: { children: ReactNode; onClose: () => void; className?: string }) {
  return (
    <div className={className}>
      <p role="alert" className="banner error">
        {children}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          OK
        </button>
      </div>
    </div>
  )
}

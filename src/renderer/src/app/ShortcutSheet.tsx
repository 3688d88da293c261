import { Dialog } from '../components/Dialog'
import { SHORTCUTS } from './shortcuts'

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose}>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.id}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>
              {s.label}
              {s.hint ? <span className="muted"> ({s.hint})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  )
}

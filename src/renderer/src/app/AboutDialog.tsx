import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc'
import { Dialog } from '../components/Dialog'
import { desk } from '../platform/desk'

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open) void desk.appInfo().then((r) => r.ok && setInfo(r.value))
  }, [open])
  return (
    <Dialog title="About ASEAN Digital Desk" open={open} onClose={onClose}>
      <p>An offline research desk for ASEAN digital cooperation: the ADGMIN meetings, their initiatives, partners and sources.</p>
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running in</dt>
          <dd>{info.platform === 'electron' ? 'Desktop app' : 'Web browser'}</dd>
          <dt>Your data</dt>
          <dd>{info.dataLocation}</dd>
        </dl>
      ) : null}
    </Dialog>
  )
}

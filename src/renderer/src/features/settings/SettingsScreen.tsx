import { useEffect, useState } from 'react'
import { BackupPanel } from '../backup/BackupPanel'
import { ScreenHeader } from '../../components/States'
import { desk } from '../../platform/desk'
import type { AppInfo } from '@shared/ipc'
import { setThemeSource, useThemeSource } from '../../app/theme'
import { CITATION_STYLES, type CitationStyleId } from '@shared/citations/styles'
import { setCitationStyle, useCitationStyle } from '../citations/citationStyle'
import { describeSpace, formatBytes, nearlyFull, readStorageStatus, requestPersistence, type StorageStatus } from './storage'

export function SettingsScreen() {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)
  const theme = useThemeSource()
  const citationStyle = useCitationStyle()
  useEffect(() => {
    void readStorageStatus().then(setStatus)
    void desk.appInfo().then((r) => r.ok && setInfo(r.value))
  }, [])
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeader title="Settings" />
      <h2>Storage</h2>
      <dl className="facts">
        <dt>Your data</dt>
        <dd>{info?.dataLocation ?? '…'}</dd>
        <dt>Kept safe from clean-up</dt>
        <dd>
          {status?.persisted === true ? 'Yes: the browser will not evict this data.' : status?.persisted === false ? 'Not granted: the browser may clear it under storage pressure.' : 'Unknown'}
          {status?.persisted === false ? (
            <>
              {' '}
              <button type="button" className="small" onClick={() => void requestPersistence().then(() => readStorageStatus().then(setStatus))}>
                Ask again
              </button>
            </>
          ) : null}
        </dd>
        <dt>Used</dt>
        <dd>{status ? formatBytes(status.usage) : '…'}</dd>
        <dt>Room left</dt>
        <dd>{status ? describeSpace(status.space) : '…'}</dd>
      </dl>
      {status && nearlyFull(status) ? (
        <p role="alert" className="banner error">
          Storage is almost full. New notes may fail to save and imports will be refused: free disk space, or back up and remove old material.
        </p>
      ) : null}
      <BackupPanel />
      <h2>Appearance</h2>
      <label className="field">
        <span>Theme</span>
        <select aria-label="Theme setting" value={theme ?? 'system'} onChange={(e) => void setThemeSource(e.target.value as 'system' | 'light' | 'dark')}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <h2>Citations</h2>
      <label className="field">
        <span>Citation style</span>
        <select aria-label="Citation style" value={citationStyle} onChange={(e) => setCitationStyle(e.target.value as CitationStyleId)}>
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">Copy citation and Copy quote with citation write in this style, formatted by citeproc-js, as Markdown and as formatted text for word processors.</p>
      <h2>About</h2>
      <p>
        ASEAN Digital Desk {info?.version ?? ''} · {info?.platform === 'electron' ? 'desktop app' : 'web browser'}
      </p>
    </section>
  )
}

import { ImportDialog } from '../features/import/ImportDialog'
import { importDropped, startImport } from '../features/import/importStore'
import { ExportDialog } from '../features/export/ExportDialog'
import { openExport } from '../features/export/exportStore'
import { RestoreDialog } from '../features/backup/RestoreDialog'
import { startBackup, startRestore } from '../features/backup/backupStore'
import { useCallback, useEffect, useRef, useState } from 'react'
import { NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router'
import { Icon, type IconName } from '../components/Icon'
import { ErrorBoundary } from './ErrorBoundary'
import { ShortcutSheet } from './ShortcutSheet'
import { AboutDialog } from './AboutDialog'
import { CommandPalette } from './CommandPalette'
import { PageAnnouncer } from './pageAnnouncer'
import { provideCommand, runCommand } from './commandHandlers'
import { COMMANDS, type CommandId } from '@shared/commands'
import { undoWithNotice } from '../features/annotations/deleteWithUndo'
import { Toaster } from './Toaster'
import { StorageAlert } from './StorageAlert'
import { OtherWindowsBanner } from '../features/windows/OtherWindowsBanner'
import { FileBackupOffer } from '../features/backup/FileBackupOffer'
import { useStorageGuard } from '../features/settings/useStorageGuard'
import { setThemeSource, useAppliedTheme, useThemeSource } from './theme'
import { useGlobalShortcuts } from './useGlobalShortcuts'
import { desk } from '../platform/desk'
import { useDatasetLoader } from '../features/dataset/useDatasetLoader'
import { useSearchIndexSync, useSearchStatus } from '../features/search/useSearchIndex'
import { sweepDrafts } from '../features/annotations/drafts'
import { useSidebar } from './useSidebar'
import { useScrollMemory } from './useScrollMemory'

const NAV: { to: string; label: string; icon: IconName }[] = [
  { to: '/', label: 'Overview', icon: 'overview' },
  { to: '/meetings', label: 'Meetings', icon: 'meetings' },
  { to: '/initiatives', label: 'Initiatives', icon: 'initiatives' },
  { to: '/partners', label: 'Partners', icon: 'partners' },
  { to: '/sources', label: 'Sources', icon: 'sources' },
  { to: '/notes', label: 'Notes', icon: 'notes' },
  { to: '/corrections', label: 'My corrections', icon: 'quote' },
  { to: '/collections', label: 'Collections', icon: 'collections' }
]

export function Layout() {
  const searchRef = useRef<HTMLInputElement>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [aboutOpen, setAboutOpen] = useState(false)
  const [paletteOpen, setPaletteOpen] = useState(false)
  const [dragging, setDragging] = useState(false)
  const navigate = useNavigate()
  const location = useLocation()
  const [params] = useSearchParams()
  const themeSource = useThemeSource()
  const dataset = useDatasetLoader()
  useAppliedTheme(themeSource)
  useStorageGuard()
  // Stale drafts are never offered, so a failed sweep only leaves rows for the next start.
  useEffect(() => void sweepDrafts().catch(() => undefined), [])
  useSearchIndexSync(dataset.state === 'ready')
  const searchStatus = useSearchStatus()
  const sidebar = useSidebar()
  const mainRef = useRef<HTMLElement>(null)
  useScrollMemory(mainRef)

  const focusSearch = useCallback(() => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }, [])
  const showHelp = useCallback(() => setHelpOpen(true), [])
  useGlobalShortcuts(focusSearch, showHelp)

  // The app-wide commands, for the menu, the keys and the palette alike (`commandHandlers.ts`).
  useEffect(() => {
    const provided: [CommandId, () => void][] = [
      ['palette', () => setPaletteOpen(true)],
      ['search', focusSearch],
      ['shortcuts', () => setHelpOpen(true)],
      ['about', () => setAboutOpen(true)],
      ['import', () => void startImport()],
      ['export', openExport],
      ['backup', () => void startBackup()],
      ['restore', () => void startRestore()],
      ['undo', () => void undoWithNotice()],
      ['theme:system', () => void setThemeSource('system')],
      ['theme:light', () => void setThemeSource('light')],
      ['theme:dark', () => void setThemeSource('dark')],
      ...COMMANDS.filter((c) => c.id.startsWith('go:')).map((c): [CommandId, () => void] => [c.id, () => navigate(c.id.slice(3))])
    ]
    const withdraw = provided.map(([id, run]) => provideCommand(id, run))
    const unsubscribe = desk.onMenuCommand((command) => runCommand(command))
    return () => {
      unsubscribe()
      withdraw.forEach((w) => w())
    }
  }, [focusSearch, navigate])

  const onSearchScreen = location.pathname === '/search'
  const query = onSearchScreen ? (params.get('q') ?? '') : ''
  // The box is controlled, never remounted, so focus stays in it while typing moves to /search;
  // it follows the URL when that changes from elsewhere (Back, a link) and clears on leaving.
  const [searchText, setSearchText] = useState(query)
  // What was typed and sent to the URL, still to come back from it. When typing outpaces
  // rendering, the URL echoes older values; taking those would drop the keys typed since.
  const echoes = useRef<string[]>([])
  useEffect(() => {
    const at = echoes.current.indexOf(query)
    if (at >= 0) {
      echoes.current = echoes.current.slice(at + 1)
      return
    }
    echoes.current = []
    setSearchText(query)
  }, [query])
  const onSearch = (text: string): void => {
    setSearchText(text)
    echoes.current = [...echoes.current.slice(-50), text]
    const next = new URLSearchParams(onSearchScreen ? params : undefined)
    next.set('q', text)
    navigate(`/search?${next.toString()}`, { replace: onSearchScreen })
  }

  return (
    <div
      className={['app', sidebar.collapsed ? 'sidebar-collapsed' : '', dragging ? 'drop-target' : ''].filter(Boolean).join(' ')}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false)
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return
        e.preventDefault()
        setDragging(false)
        void importDropped(e.dataTransfer.files)
      }}
    >
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            AD
          </span>
          <span className="brand-name">ASEAN Digital Desk</span>
        </div>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="nav-link" title={sidebar.collapsed ? item.label : undefined}>
                  <Icon name={item.icon} />
                  <span className="nav-label">{item.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <p className="dataset-status" role="status" title={dataset.state === 'ready' ? `Dataset ${dataset.version}` : undefined}>
            {dataset.state === 'checking' && 'Checking the dataset…'}
            {dataset.state === 'ready' && `Dataset ${dataset.version}`}
            {dataset.state === 'error' && 'Dataset not loaded'}
          </p>
          {searchStatus.state === 'building' ? <p className="dataset-status">Building the search index…</p> : null}
          <NavLink to="/settings" className="nav-link small-link" title={sidebar.collapsed ? 'Settings' : undefined}>
            <Icon name="settings" size={16} />
            <span className="nav-label">Settings</span>
          </NavLink>
          <button type="button" className="ghost small" onClick={() => setHelpOpen(true)} title={sidebar.collapsed ? 'Shortcuts' : undefined}>
            <Icon name="keyboard" size={16} /> <span className="nav-label">Shortcuts</span>
          </button>
          <button type="button" className="ghost small sidebar-toggle" onClick={sidebar.toggle} aria-expanded={!sidebar.collapsed} aria-label="Sidebar labels" title={sidebar.collapsed ? 'Show the labels' : 'Icons only'}>
            <Icon name={sidebar.collapsed ? 'expand' : 'collapse'} size={16} />
          </button>
        </div>
      </aside>
      <div className="workspace">
        <header className="topbar">
          <form
            role="search"
            className="search-form"
            onSubmit={(e) => {
              e.preventDefault()
              onSearch(searchRef.current?.value ?? '')
            }}
          >
            <Icon name="search" />
            <input
              ref={searchRef}
              type="search"
              aria-label="Search"
              placeholder="Search meetings, initiatives, partners, sources…  (Ctrl K)"
              value={searchText}
              onChange={(e) => onSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') e.currentTarget.blur()
              }}
            />
          </form>
          <label className="theme-picker">
            <span>Theme</span>
            <select
              aria-label="Theme"
              value={themeSource ?? 'system'}
              onChange={(e) => void setThemeSource(e.target.value as 'system' | 'light' | 'dark')}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </header>
        {dataset.state === 'error' ? (
          <div role="alert" className="banner error">
            <strong>The shipped dataset could not be loaded.</strong> {dataset.message} Your own notes are untouched.
          </div>
        ) : null}
        <StorageAlert />
        <OtherWindowsBanner />
        <FileBackupOffer ready={dataset.state !== 'checking'} />
        <main id="main" tabIndex={-1} ref={mainRef}>
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet context={dataset} />
          </ErrorBoundary>
        </main>
      </div>
      <ShortcutSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
      <PageAnnouncer />
      <ImportDialog />
      <ExportDialog />
      <RestoreDialog />
      <Toaster />
    </div>
  )
}

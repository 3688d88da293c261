import { useEffect } from 'react'
import { useLiveQuery } from '../db/useLiveQuery'
import type { ThemeSource } from '@shared/ipc'
import { THEME_SETTING } from '@shared/model/settings'
import { db } from '../db/db'
import { desk } from '../platform/desk'

const THEME_KEY = THEME_SETTING

export function isThemeSource(value: unknown): value is ThemeSource {
  return value === 'system' || value === 'light' || value === 'dark'
}

export async function setThemeSource(source: ThemeSource): Promise<void> {
  await db.settings.put({ key: THEME_KEY, value: source, updated: new Date().toISOString() })
  await desk.setTheme(source)
}

/** The stored theme choice ('system' until the user picks one); undefined while loading. */
export function useThemeSource(): ThemeSource | undefined {
  return useLiveQuery(async () => {
    const row = await db.settings.get(THEME_KEY)
    return isThemeSource(row?.value) ? row.value : 'system'
  })
}

/** Applies the choice to <html data-theme>, following the system when asked to. */
export function useAppliedTheme(source: ThemeSource | undefined): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = (): void => {
      const resolved = source === 'light' || source === 'dark' ? source : media.matches ? 'dark' : 'light'
      document.documentElement.dataset['theme'] = resolved
    }
    apply()
    media.addEventListener('change', apply)
    if (source) void desk.setTheme(source)
    return () => media.removeEventListener('change', apply)
  }, [source])
}

/**
 * Says which page opened, politely, in a live region: the heading takes focus after a link or
 * Back (`useHeadingFocus`), but not while the user types in the search box or works in a dialog,
 * and a screen reader should hear where they are either way.
 */
import { createStore } from './store'

const page = createStore('')

/** Called by each screen's header with its title. */
export const announcePage = (title: string): void => {
  if (page.get() !== title) page.set(title)
}

export function PageAnnouncer() {
  const title = page.use()
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="page-announcer">
      {title ? `${title} page` : ''}
    </p>
  )
}

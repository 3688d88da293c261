import { Link } from 'react-router'

export function NotFound() {
  return (
    <section className="empty-state" aria-labelledby="not-found">
      <h1 id="not-found">Nothing here</h1>
      <p>This address does not lead to a screen of ASEAN Digital Desk.</p>
      <Link to="/">Go to the overview</Link>
    </section>
  )
}

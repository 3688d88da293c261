import { Link } from 'react-router'

/**
 * What the shipped sources do not cover, and how a user fills the gap. When a shipped source on
 * ADGMIN 2 or 3 is added to the dataset, update this note.
 */
export function CoverageNote() {
  return (
    <aside className="banner info coverage-note" aria-label="Coverage of the shipped sources">
      <p>
        <strong>Not covered:</strong> ADGMIN 2 (2022) and ADGMIN 3 (2023) are in none of the shipped sources, so they have no
        record here. To add one, <Link to="/sources">import a source</Link> on it (Sources → Import documents…), then make the
        meeting record from the suggestion under the imported document (“the 2nd ADGMIN” → Add as meeting), with its sentence as
        evidence.
      </p>
    </aside>
  )
}

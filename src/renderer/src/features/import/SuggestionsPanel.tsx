import { useMemo, useState } from 'react'
import { useLiveQuery } from '../../db/useLiveQuery'
import { useNavigate } from 'react-router'
import { suggestRecords, type KnownNames, type Suggestion } from '@shared/import/suggestions'
import { db, type StoredSource } from '../../db/db'
import { notify } from '../annotations/notify'
import { createFromSuggestion } from './userRecords'
import { describeStorageError } from '@shared/storageErrors'

const ARTICLE: Record<Suggestion['kind'], string> = { meeting: 'a meeting', initiative: 'an initiative', partner: 'a partner' }

async function knownNames(): Promise<KnownNames> {
  const [initiatives, parties, meetings] = await Promise.all([db.initiatives.toArray(), db.parties.toArray(), db.meetings.toArray()])
  const names = [...initiatives.flatMap((x) => [x.name, x.acronym ?? '', ...x.aliases]), ...parties.flatMap((p) => [p.name, ...p.aliases])].filter(Boolean)
  const numbers: Record<string, number[]> = {}
  for (const m of meetings) if (m.number !== null) (numbers[m.series] ??= []).push(m.number)
  return { names, meetings: numbers }
}

/**
 * For an imported source: what it names that the dataset lacks, each one click from a record.
 * The evidence is the sentence it was found in, or the text the user selected in the reader.
 */
export function SuggestionsPanel({ source, selection }: { source: StoredSource; selection: string | null }) {
  const known = useLiveQuery(knownNames, [])
  const suggestions = useMemo(() => (known ? suggestRecords(source.text, known) : []), [known, source.text])
  const [busy, setBusy] = useState<string | null>(null)
  const navigate = useNavigate()
  if (!known || suggestions.length === 0) return null
  const add = async (s: Suggestion): Promise<void> => {
    setBusy(s.name)
    try {
      const evidence = selection && selection.trim().length >= 8 ? selection.trim() : s.sentence
      const made = await createFromSuggestion({ ...s, sentence: evidence }, source.id, source.title)
      notify(`Added “${s.name}” as your ${made.type === 'party' ? 'partner' : made.type}, with this document as its evidence.`)
      navigate(`/${made.type === 'meeting' ? 'meetings' : made.type === 'party' ? 'partners' : 'initiatives'}/${made.id}`)
    } catch (error) {
      notify(describeStorageError(error, { happened: `“${s.name}” was not added`, kept: 'the document and your notes are unchanged' }), { tone: 'error' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggestions: not in the dataset yet ({suggestions.length})</h2>
      <p className="muted small">
        {selection && selection.trim().length >= 8
          ? `The selected text becomes the evidence: “${selection.trim().slice(0, 120)}${selection.trim().length > 120 ? '…' : ''}”`
          : 'Each becomes a record with its sentence as evidence; select other text in the document first to use that instead.'}
      </p>
      <ul aria-label="Suggestions">
        {suggestions.map((s) => (
          <li key={`${s.kind}:${s.name}`}>
            <p>
              <strong>{s.name}</strong>
              {s.acronym && s.acronym !== s.name ? ` (${s.acronym})` : ''} <span className="muted">· {s.kind}, {s.reason}</span>
            </p>
            <blockquote className="suggestion-sentence">{s.sentence}</blockquote>
            <button type="button" className="small" disabled={busy !== null} onMouseDown={(e) => e.preventDefault()} onClick={() => void add(s)} aria-label={`Add “${s.name}” as ${ARTICLE[s.kind]}`}>
              {busy === s.name ? 'Adding…' : `Add as ${ARTICLE[s.kind]}`}
            </button>
            {s.kind === 'partner' ? <p className="muted small">A ministry, agency or organisation: a partner, not an initiative.</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

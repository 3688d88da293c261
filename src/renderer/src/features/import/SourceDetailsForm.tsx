import { FormFooter } from '../../components/DialogParts'
import { useState } from 'react'
import { db, type StoredSource } from '../../db/db'
import { notify } from '../annotations/notify'
import { describeStorageError } from '@shared/storageErrors'

/** The details an import found for a document, for the user to correct. */
export function SourceDetailsForm({ source, onDone }: { source: StoredSource; onDone: () => void }) {
  const [title, setTitle] = useState(source.title)
  const [publisher, setPublisher] = useState(source.publisher ?? '')
  const [date, setDate] = useState(source.publishedOn ?? '')
  const [url, setUrl] = useState(source.url ?? '')
  const [language, setLanguage] = useState(source.language)
  const [error, setError] = useState<string | null>(null)
  const save = async (): Promise<void> => {
    if (!title.trim()) return setError('A title is needed.')
    if (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) return setError('The URL must start with http:// or https://.')
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('The date must be a full date.')
    try {
      await db.sources.update(source.id, {
        title: title.trim(),
        publisher: publisher.trim() || null,
        publishedOn: date || null,
        url: url.trim() || null,
        language: language.trim() || 'en',
        updated: new Date().toISOString()
      })
    } catch (failure) {
      return setError(describeStorageError(failure, { happened: 'the details were not saved', kept: 'the document is as it was' }))
    }
    notify('Details saved.')
    onDone()
  }
  return (
    <form
      className="details-form"
      aria-label="Document details"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <label className="field">
        <span>Title</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label className="field">
        <span>Publisher</span>
        <input type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
      </label>
      <label className="field">
        <span>Date</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span>URL</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
      </label>
      <label className="field">
        <span>Language</span>
        <input type="text" value={language} onChange={(e) => setLanguage(e.target.value)} maxLength={12} />
      </label>
      <FormFooter error={error} onCancel={onDone} submit="Save details" />
    </form>
  )
}

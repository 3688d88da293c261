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
  const [container, setContainer] = useState(source.container ?? '')
  const [accessed, setAccessed] = useState(source.accessedOn ?? source.imported?.slice(0, 10) ?? '')
  const [translatedFrom, setTranslatedFrom] = useState(source.translatedFrom?.language ?? '')
  const [originalTitle, setOriginalTitle] = useState(source.translatedFrom?.title ?? '')
  const [error, setError] = useState<string | null>(null)
  const save = async (): Promise<void> => {
    if (!title.trim()) return setError('A title is needed.')
    if (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) return setError('The URL must start with http:// or https://.')
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('The date must be a full date.')
    if (accessed && !/^\d{4}-\d{2}-\d{2}$/.test(accessed)) return setError('The date it was read must be a full date.')
    if (translatedFrom.trim() && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(translatedFrom.trim())) return setError('Give the language it was translated from as a code, such as th or vi.')
    if (originalTitle.trim() && !translatedFrom.trim()) return setError('A name in the original language is for a translation: give the language it was translated from.')
    try {
      await db.sources.update(source.id, {
        title: title.trim(),
        publisher: publisher.trim() || null,
        publishedOn: date || null,
        url: url.trim() || null,
        language: language.trim() || 'en',
        container: container.trim() || null,
        // Undefined fields are dropped, so a cleared value is removed rather than stored empty.
        accessedOn: accessed || undefined,
        translatedFrom: translatedFrom.trim() ? { language: translatedFrom.trim(), ...(originalTitle.trim() ? { title: originalTitle.trim() } : {}) } : undefined,
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
      <label className="field">
        <span>Site or newspaper</span>
        <input type="text" value={container} onChange={(e) => setContainer(e.target.value)} placeholder="where it appeared, if not its publisher" />
      </label>
      <label className="field">
        <span>Read on</span>
        <input type="date" value={accessed} onChange={(e) => setAccessed(e.target.value)} />
      </label>
      <label className="field">
        <span>Translated from</span>
        <input type="text" value={translatedFrom} onChange={(e) => setTranslatedFrom(e.target.value)} maxLength={12} placeholder="th, vi… if this is a translation" />
      </label>
      <label className="field">
        <span>Its name in the original language</span>
        <input type="text" value={originalTitle} onChange={(e) => setOriginalTitle(e.target.value)} />
      </label>
      <FormFooter error={error} onCancel={onDone} submit="Save details" />
    </form>
  )
}

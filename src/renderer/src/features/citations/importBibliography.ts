/**
 * "Import bibliography…": a CSL-JSON, BibTeX or RIS file from a reference manager fills or
 * corrects the citation metadata of the sources the user imported (titles, authors, dates,
 * links, publishers), each matched by its URL or its title. The dataset's own sources are left as
 * curated. One transaction: a file that fails changes nothing.
 */
import { fromBibliography } from '@shared/citations/bibliography'
import { matchBibliography, metadataFrom } from '@shared/citations/matchBibliography'
import { isUsers, type DeskDatabase } from '../../db/db'

export interface BibliographyImport {
  /** The sources filled in, by id, with their title after. */
  updated: { id: string; title: string }[]
  /** Titles of the entries no imported source matched. */
  unmatched: string[]
}

export async function importBibliography(database: DeskDatabase, text: string, now = new Date().toISOString()): Promise<BibliographyImport> {
  const entries = fromBibliography(text)
  // Only ids, titles and links are kept while reading: a library may hold thousands of texts.
  const mine: { id: string; title: string; url: string | null }[] = []
  await database.sources.each((s) => {
    if (isUsers(s)) mine.push({ id: s.id, title: s.title, url: s.url })
  })
  const { matches, unmatched } = matchBibliography(entries, mine)
  const updated: BibliographyImport['updated'] = []
  await database.transaction('rw', database.sources, async () => {
    for (const match of matches) {
      const source = await database.sources.get(match.sourceId)
      if (!source) continue
      const next = { ...source, ...metadataFrom(match.entry), updated: now }
      await database.sources.put(next)
      updated.push({ id: next.id, title: next.title })
    }
  })
  return { updated, unmatched: unmatched.map((e) => e.title) }
}

/** What happened, in one sentence for the user. */
export function describeBibliographyImport(result: BibliographyImport): string {
  const n = result.updated.length
  const filled = n ? `Filled in the details of ${n} imported ${n === 1 ? 'source' : 'sources'}.` : 'No imported source matched an entry (by its link or its title).'
  const left = result.unmatched.length
  return left ? `${filled} ${left} ${left === 1 ? 'entry matched' : 'entries matched'} none: ${result.unmatched.slice(0, 3).join('; ')}${left > 3 ? '…' : ''}` : filled
}

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDatabases } from '../support/freshDatabase'
import { ensureDataset } from '../../src/renderer/src/features/dataset/datasetLoader'
import { describeBibliographyImport, importBibliography } from '../../src/renderer/src/features/citations/importBibliography'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('desk-bibliography')

const RIS = `TY  - NEWS
AU  - Nguyen, Lan
TI  - Viet Nam hosts the 6th ASEAN Digital Ministers' Meeting
T2  - Vietnam News Agency
PY  - 2026/01/16/
UR  - https://vietnamnews.example/adgmin-6
ER  - 
TY  - GEN
TI  - Singapore chairs 4th ASEAN Digital Ministers Meeting
PY  - 2030
ER  - 
`

describe('importing a bibliography', () => {
  it('fills in imported sources matched by link or title, leaves the dataset’s own sources alone, and says what matched', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const shipped = (await db.sources.get('sg-press-release-adgmin4'))!
    await db.sources.add({ id: 'user-vna', title: 'VNA page', publisher: null, publishedOn: null, url: 'http://vietnamnews.example/adgmin-6/', language: 'en', format: 'html', file: 'x', textFile: 'x', cleaning: [], origin: 'user', text: 'Text.', updated: '2026-02-01T00:00:00.000Z' } as never)
    const result = await importBibliography(db, RIS, '2026-03-01T00:00:00.000Z')
    expect(result.updated).toEqual([{ id: 'user-vna', title: "Viet Nam hosts the 6th ASEAN Digital Ministers' Meeting" }])
    // The shipped release has the second entry's title: it is curated, so it matches nothing here.
    expect(result.unmatched).toEqual(['Singapore chairs 4th ASEAN Digital Ministers Meeting'])
    expect(await db.sources.get('user-vna')).toMatchObject({ publishedOn: '2026-01-16', container: 'Vietnam News Agency', authors: [{ family: 'Nguyen', given: 'Lan' }], updated: '2026-03-01T00:00:00.000Z', text: 'Text.' })
    expect(await db.sources.get('sg-press-release-adgmin4')).toEqual(shipped)
    expect(describeBibliographyImport(result)).toBe('Filled in the details of 1 imported source. 1 entry matched none: Singapore chairs 4th ASEAN Digital Ministers Meeting')
  })

  it('refuses a file that is no bibliography, changing nothing', async () => {
    const db = freshDb()
    await ensureDataset(db, readShippedFile)
    const before = await db.sources.toArray()
    await expect(importBibliography(db, '<html><body>not a bibliography</body></html>')).rejects.toThrow(/not CSL-JSON/)
    expect(await db.sources.toArray()).toEqual(before)
  })
})

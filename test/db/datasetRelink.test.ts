import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDatabases } from '../support/freshDatabase'
import { ensureDataset, type FetchText } from '../../src/renderer/src/features/dataset/datasetLoader'
import { contentHash, describePassage } from '../../src/shared/annotations/anchoring'
import { linkedMentions, recordTerms } from '../../src/shared/mentions/findMentions'
import { storedMention } from '../../src/renderer/src/db/db'
import type { Annotation } from '../../src/shared/model/annotation'
import { readShippedFile } from '../support/dataset'

const freshDb = freshDatabases('desk-relink')

const GUIDE = 'joint-guide-asean-mcc-eu-scc'
const OLD_NAME = 'Joint Guide to ASEAN Model Contractual Clauses and EU Standard Contractual Clauses'
const NEW_NAME = 'Joint Guide to ASEAN Model Contractual Clauses and EU Standard Clauses'
const VJST = 'vjst-article-adgmin6'
const CLUTTER = 'EN-VJST\n\nimg8950-17684527502951884034827.jpg\n\n'

/** The release before: the Joint Guide under an older name, and the VJST text not yet cleaned. */
const olderRelease: FetchText = async (file) => {
  const text = await readShippedFile(file)
  if (file === 'manifest.json') return JSON.stringify({ ...(JSON.parse(text) as object), version: '2026.11.1' })
  if (file === 'initiatives.json')
    return JSON.stringify((JSON.parse(text) as { id: string }[]).map((i) => (i.id === GUIDE ? { ...i, name: OLD_NAME, aliases: [] } : i)))
  if (file === `sources/${VJST}.txt`) return CLUTTER + text
  return text
}

const highlight = (id: string, text: string, exact: string): Annotation => {
  const start = text.indexOf(exact)
  return {
    id,
    kind: 'highlight',
    targetType: 'source',
    targetId: VJST,
    selector: describePassage(text, start, start + exact.length),
    body: 'check this',
    tags: [],
    color: 'yellow',
    links: [],
    created: '2026-02-01T10:00:00.000Z',
    updated: '2026-02-01T10:00:00.000Z',
    deleted: null
  }
}

describe('a dataset upgrade keeps the user’s links right', () => {
  it('finds mentions in an imported source again and re-anchors highlights on a cleaned text', async () => {
    const db = freshDb()
    await ensureDataset(db, olderRelease)
    const imported = `My clipping: the ${NEW_NAME} is due. Also the ASEAN Digital Masterplan 2030.`
    const terms = recordTerms({ initiatives: await db.initiatives.toArray(), meetings: await db.meetings.toArray(), parties: await db.parties.toArray() })
    await db.sources.put({
      id: 'user-clip',
      origin: 'user',
      title: 'My clipping',
      publisher: null,
      publishedOn: null,
      url: null,
      language: 'en',
      format: 'text',
      file: 'clip.txt',
      textFile: 'clip.txt',
      cleaning: [],
      text: imported
    })
    await db.mentions.bulkPut(linkedMentions(imported, terms, 'user-clip').map(storedMention))
    expect(await db.mentions.where({ sourceId: 'user-clip' }).filter((m) => m.entityId === GUIDE).count()).toBe(0)

    const oldText = (await db.sources.get(VJST))!.text
    const kept = highlight('h-kept', oldText, 'ADGMIN 6 officially approved the ASEAN Digital Masterplan 2030')
    const gone = highlight('h-gone', oldText, 'img8950-17684527502951884034827.jpg')
    await db.annotations.bulkPut([kept, gone])

    expect(await ensureDataset(db, readShippedFile)).toMatchObject({ status: 'loaded', previous: '2026.11.1' })

    const newText = (await db.sources.get(VJST))!.text
    expect(newText).not.toContain('.jpg')
    const guideMentions = await db.mentions.where({ sourceId: 'user-clip' }).filter((m) => m.entityId === GUIDE).toArray()
    expect(guideMentions.map((m) => m.text)).toEqual([NEW_NAME])
    expect(await db.mentions.where({ sourceId: 'user-clip' }).filter((m) => m.entityId === 'adm-2030').count()).toBe(1)

    const after = await db.annotations.get('h-kept')
    expect(after?.orphaned).toBe(false)
    expect(after?.selector?.contentHash).toBe(contentHash(newText))
    expect(newText.slice(after!.selector!.position.start, after!.selector!.position.end)).toBe(kept.selector!.quote.exact)
    expect(after?.updated).toBe(kept.updated)
    const orphan = await db.annotations.get('h-gone')
    expect(orphan).toMatchObject({ orphaned: true, body: 'check this', selector: gone.selector })
  })
})

describe('a dataset upgrade keeps the partners the user added', () => {
  it('a partner made from a suggestion stays, with its quote and history, beside the new shipped partners', async () => {
    const db = freshDb()
    await ensureDataset(db, olderRelease)
    const party = {
      id: 'user-dict-a1b2',
      name: 'Department of Information and Communications Technology',
      kind: 'government-body' as const,
      aliases: ['DICT'],
      reference: false,
      evidence: [{ sourceId: VJST, quote: 'ADGMIN 6 officially approved' }],
      origin: 'user' as const,
      updated: '2026-02-01T10:00:00.000Z',
      history: [{ at: '2026-02-01T10:00:00.000Z', field: 'Made', value: 'from a suggestion', evidence: null, previous: null }]
    }
    await db.parties.put(party)
    expect(await ensureDataset(db, readShippedFile)).toMatchObject({ status: 'loaded' })
    expect(await db.parties.get(party.id)).toEqual(party)
    // The shipped partners were replaced, not lost.
    expect(await db.parties.filter((p) => p.origin !== 'user').count()).toBeGreaterThan(10)
  })
})

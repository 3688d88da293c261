import { correctionsReport } from '@shared/curation/corrections'
import { ok, type Result } from '@shared/result'
import { db } from '../../db/db'
import { desk } from '../../platform/desk'
import { DATASET_VERSION_KEY } from '../dataset/datasetLoader'
import { meetingLabel } from '../dataset/useLabels'

/** Saves the Markdown report of every correction; resolves to a sentence, or null when cancelled. */
export async function exportCorrectionsReport(): Promise<Result<string | null>> {
  const [corrections, meetings, initiatives, parties, sources, version] = await Promise.all([
    db.corrections.toArray(),
    db.meetings.toArray(),
    db.initiatives.toArray(),
    db.parties.toArray(),
    db.sources.toArray(),
    db.meta.get(DATASET_VERSION_KEY)
  ])
  const names = new Map([...meetings, ...initiatives].map((r) => [r.id, r.name]))
  const meetingNames = new Map(meetings.map((m) => [m.id, meetingLabel(m)]))
  const partyNames = new Map(parties.map((p) => [p.id, p.name]))
  const titles = new Map(sources.map((s) => [s.id, s.title]))
  const content = correctionsReport(corrections, {
    datasetVersion: typeof version?.value === 'string' ? version.value : 'unknown',
    appVersion: __APP_VERSION__,
    exported: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    recordName: (c) => names.get(c.targetId) ?? null,
    party: (id) => partyNames.get(id) ?? id,
    sourceTitle: (id) => titles.get(id) ?? id,
    meeting: (id) => meetingNames.get(id) ?? id
  })
  const saved = await desk.saveFile({ suggestedName: `My corrections ${new Date().toISOString().slice(0, 10)}.md`, content, filters: [{ name: 'Markdown', extensions: ['md'] }] })
  if (!saved.ok) return saved
  return ok(saved.value.saved ? `Report exported to ${saved.value.path}.` : null)
}

/** Rows of the user's tables as the app stores them, and backup files made of any rows at all. */
import { createBackup, type UserTables } from '../../src/shared/backup/backup'

export const T = '2027-01-16T00:00:00.000Z'
export const importedSource = {
  id: 'user-1234',
  title: 'My imported release',
  publisher: 'ASEAN',
  publishedOn: '2027-01-16',
  url: null,
  language: 'en',
  format: 'html',
  file: 'r.html',
  textFile: 'r.html',
  cleaning: [],
  text: 'Ministers welcomed the Quokka Data Compact (QDC).',
  origin: 'user',
  contentHash: 'abc',
  fileName: 'r.html',
  imported: T,
  updated: T
}
export const userInitiative = {
  id: 'user-qdc-ab12',
  name: 'Quokka Data Compact',
  acronym: 'QDC',
  aliases: ['QDC'],
  kind: 'agreement',
  themes: [],
  partners: [],
  summary: 'Added by you from “My imported release”: Ministers welcomed the Quokka Data Compact (QDC).',
  related: [],
  events: [],
  evidence: [{ sourceId: 'user-1234', quote: 'Ministers welcomed the Quokka Data Compact (QDC).' }],
  origin: 'user',
  updated: T
}
export const userMeeting = {
  id: 'user-8th-adgmin-a9b8',
  series: 'ADGMIN',
  number: 8,
  name: '8th ADGMIN',
  aliases: ['ADGMIN 8'],
  startDate: null,
  endDate: null,
  city: null,
  country: null,
  format: null,
  chair: null,
  viceChair: null,
  theme: null,
  observers: [],
  firstTimeParticipants: [],
  partnersPresent: [],
  host: null,
  parentMeetingId: null,
  referenceFields: [],
  status: 'announced',
  notes: [],
  evidence: [{ sourceId: 'user-1234', quote: 'Ministers welcomed the Quokka Data Compact (QDC).' }],
  origin: 'user',
  updated: T
}

/** A copy of `row` without `keys`, as a record an earlier build stored before the fields existed. */
export const without = (row: object, ...keys: string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)))

const EMPTY = { annotations: [], collections: [], settings: [], importedSources: [], userInitiatives: [], userMeetings: [], corrections: [], userParties: [] }

/** A backup file with a valid checksum over whatever rows it is given. */
export const craftBackup = (tables: Record<string, unknown[]>): Promise<string> =>
  createBackup({ ...EMPTY, ...tables } as unknown as UserTables, '1.0.0', T)


async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** A backup file of data `version` whose tables are exactly `tables` (not even sorted), checksum valid. */
export async function fileWithTables(version: number, tables: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ format: 'asean-digital-desk-backup', schemaVersion: version, appVersion: '1.0.0', created: T, checksum: await sha256(JSON.stringify(tables)), tables })
}

import { describe, expect, it } from 'vitest'
import type { AutomaticBackupFiles } from '@shared/ipc'
import { fail, ok } from '@shared/result'
import { filesToOffer } from './fileBackupOffer'

const file = (created: string) => ({ name: `auto-${created}.json`, created, size: 10 })
const two: AutomaticBackupFiles = { location: '/data/backups', files: [file('2026-11-01T00:00:00.000Z'), file('2026-11-20T00:00:00.000Z')] }

describe('filesToOffer', () => {
  it('offers the files, newest first, when the database holds no notes or cannot be read', () => {
    for (const stored of ['empty', 'unreadable'] as const) {
      expect(filesToOffer(stored, ok(two)).map((f) => f.created)).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-01T00:00:00.000Z'])
    }
  })

  it('offers nothing when the database holds the user data, no file exists, or the files cannot be listed', () => {
    expect(filesToOffer('has-data', ok(two))).toEqual([])
    expect(filesToOffer('empty', ok({ location: '/data/backups', files: [] }))).toEqual([])
    expect(filesToOffer('unreadable', fail('no private file storage'))).toEqual([])
  })
})

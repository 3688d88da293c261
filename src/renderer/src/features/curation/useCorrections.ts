import type { Correction } from '@shared/model/userRecords'
import { useLiveQuery } from '../../db/useLiveQuery'
import { db } from '../../db/db'

/** The user's corrections of one record, or of every record; `undefined` while loading. */
export const useCorrections = (targetId?: string): Correction[] | undefined =>
  useLiveQuery(async () => (targetId ? db.corrections.where('targetId').equals(targetId).toArray() : db.corrections.orderBy('updated').reverse().toArray()), [targetId])

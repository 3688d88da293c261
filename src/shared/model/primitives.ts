/**
 * The value formats every stored record shares: dates, times and dataset ids. Their messages
 * complete a sentence that starts with the field's name ("publishedOn must be a date …"), in the
 * dataset check and in a refused backup alike.
 */
import { z } from 'zod'

const DATE = 'must be a date (YYYY-MM-DD, or YYYY-MM where only the month is known)'
export const isoDate = z.string({ error: DATE }).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE)

const TIME = 'must be an ISO 8601 time (YYYY-MM-DDThh:mm:ssZ)'
export const isoTime = z.string({ error: TIME }).regex(/^\d{4}-\d{2}-\d{2}T/, TIME)

const ID = 'must be an id: lower-case words joined by hyphens'
export const datasetId = z.string({ error: ID }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, ID)

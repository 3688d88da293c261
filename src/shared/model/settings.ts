/**
 * The user's settings, one row per key. The keys the app reads are listed with the values each may
 * take, so a restored backup cannot store a value a screen does not expect; rows with other keys
 * are kept as they are.
 */
import { z } from 'zod'
import { themeSource } from '../schemas'
import { isoTime } from './primitives'

export const THEME_SETTING = 'theme'

const SETTING_VALUES: Readonly<Record<string, z.ZodType>> = { [THEME_SETTING]: themeSource }

export const settingSchema = z
  .object({ key: z.string().min(1), value: z.unknown(), updated: isoTime })
  .superRefine((row, ctx) => {
    const values = SETTING_VALUES[row.key]
    if (!values || values.safeParse(row.value).success) return
    const allowed = values instanceof z.ZodEnum ? values.options.map((o) => JSON.stringify(o)).join(', ') : null
    ctx.addIssue({ code: 'custom', path: ['value'], message: allowed ? `must be one of ${allowed}` : 'must be a value this setting takes' })
  })
export type SettingRow = z.infer<typeof settingSchema>

/** zod schemas for every IPC payload. Main parses each argument with these before acting on it. */
import { z } from 'zod'
import { AUTOMATIC_BACKUP_NAME, MAX_AUTOMATIC_BACKUP_CHARS, MAX_CLIPBOARD_CHARS, MENU_COMMANDS, automaticBackupName } from './ipc'

const fileName = z
  .string()
  .min(1, 'a file name is required')
  .max(255, 'the file name is longer than 255 characters')
  .refine((name) => !/[\\/]/.test(name), 'the file name must not contain a path separator')

const filters = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]+$/)).max(20) }))
  .max(20)
  .optional()

/** Relative, forward-slash paths that stay inside the chosen folder. */
export const relativePath = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (p) =>
      !p.startsWith('/') &&
      !/^[a-zA-Z]:/.test(p) &&
      !p.includes('\\') &&
      !p.includes('\0') &&
      p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
    'the path must be relative and stay inside the chosen folder'
  )

const MAX_TEXT = 200 * 1024 * 1024

export const saveFileRequest = z.object({
  suggestedName: fileName,
  content: z.string().max(MAX_TEXT),
  filters
})

export const saveFolderRequest = z.object({
  suggestedName: fileName,
  files: z
    .array(z.object({ path: relativePath, content: z.string().max(MAX_TEXT) }))
    .min(1, 'there is nothing to write')
    .max(20000),
  onExisting: z.enum(['replace', 'skip', 'update'])
})

export const openFilesRequest = z.object({ filters, multiple: z.boolean().optional() })

export const themeSource = z.enum(['system', 'light', 'dark'])

export const menuCommand = z.enum(MENU_COMMANDS)

export const voidArgs = z.undefined()

const backupName = z.string().regex(AUTOMATIC_BACKUP_NAME, 'not the name of an automatic backup')

export const writeAutomaticBackupRequest = z.object({
  created: z.string().refine((c) => backupName.safeParse(automaticBackupName(c)).success, 'created must be an ISO date in UTC'),
  content: z.string().min(1).max(MAX_AUTOMATIC_BACKUP_CHARS)
})

export const readAutomaticBackupRequest = z.object({ name: backupName })

export const clipboardContent = z.strictObject({ text: z.string().max(MAX_CLIPBOARD_CHARS), html: z.string().max(MAX_CLIPBOARD_CHARS).optional() })

/** Turns a zod error into one sentence a user or developer can act on. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ')
}

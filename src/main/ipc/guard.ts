import type { IpcMainInvokeEvent } from 'electron'
import type { ZodType } from 'zod'
import type { DeskChannel, DeskChannels } from '@shared/ipc'
import { fail, ok, type Result } from '@shared/result'
import { describeZodError } from '@shared/schemas'
import { originOf } from '../protocol'

export type ChannelHandler<C extends DeskChannel> = (
  args: DeskChannels[C]['args'],
  event: IpcMainInvokeEvent
) => Promise<DeskChannels[C]['result']>

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * Wraps a channel handler with the checks every IPC call gets, in this order: the sender must be
 * our window's main frame; the argument must match the channel's schema; a thrown error becomes
 * `{ ok: false, error }` so the renderer always gets an answer it can show.
 */
export function guardHandler<C extends DeskChannel>(
  channel: C,
  schema: ZodType<DeskChannels[C]['args']>,
  handler: ChannelHandler<C>,
  isTrustedSender: SenderCheck
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<Result<DeskChannels[C]['result']>> {
  return async (event, raw) => {
    if (!isTrustedSender(event)) {
      return fail(`Refused "${channel}": the request did not come from the app's own window.`)
    }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      return fail(`Invalid "${channel}" request: ${describeZodError(parsed.error)}.`)
    }
    try {
      return ok(await handler(parsed.data, event))
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  }
}

/**
 * True when the event comes from the main frame of the given window and that frame shows our own
 * origin. Subframes, other windows and navigated-away pages are refused.
 */
export function isFromAppFrame(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  appWebContentsId: () => number | undefined,
  allowedOrigins: readonly string[]
): boolean {
  const frame = event.senderFrame
  if (!frame || event.sender.id !== appWebContentsId()) return false
  if (frame !== event.sender.mainFrame) return false
  const origin = originOf(frame.url)
  return origin !== null && allowedOrigins.includes(origin)
}

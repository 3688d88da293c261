import { describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { isFromAppFrame } from '../../src/main/ipc/guard'

const mainFrame = { url: 'app://desk/index.html#/notes' }
const sender = { id: 7, mainFrame }
const event = (over: Partial<{ sender: unknown; senderFrame: unknown }>) =>
  ({ sender, senderFrame: mainFrame, ...over }) as unknown as IpcMainInvokeEvent

describe('isFromAppFrame', () => {
  const check = (e: IpcMainInvokeEvent) => isFromAppFrame(e, () => 7, ['app://desk'])
  it('accepts the main frame of our window on our origin', () => expect(check(event({}))).toBe(true))
  it('refuses another web contents', () => expect(check(event({ sender: { id: 8, mainFrame } }))).toBe(false))
  it('refuses a subframe', () => expect(check(event({ senderFrame: { url: 'app://desk/x' } }))).toBe(false))
  it('refuses a frame that navigated elsewhere', () => {
    const away = { url: 'https://evil.example/' }
    expect(check(event({ sender: { id: 7, mainFrame: away }, senderFrame: away }))).toBe(false)
  })
  it('refuses a missing frame', () => expect(check(event({ senderFrame: null }))).toBe(false))
})

import { useEffect, useRef, type RefObject } from 'react'
import { useNavigationType } from 'react-router'
import { eachFrameUntil } from '../../components/eachFrameUntil'

const key = (sourceId: string): string => `desk.reading.${sourceId}`
const SAVE_EVERY_MS = 400
const RESTORE_WAIT_MS = 2000

/** The paragraph number a reader last had at the top of the window, or null. */
export function readingPosition(sourceId: string): number | null {
  try {
    const value = Number(localStorage.getItem(key(sourceId)))
    return Number.isInteger(value) && value > 0 ? value : null
  } catch {
    return null
  }
}

/**
 * Keeps the paragraph at the top of the reader per source (on this computer, across restarts), and
 * opens a source there again when it is opened afresh: not when a link asks for a passage (`jump`),
 * and not on Back or Forward, which return to the exact place by themselves (`useScrollMemory`).
 */
export function useReadingPosition(sourceId: string | undefined, text: RefObject<HTMLElement | null>, ready: boolean, jump: boolean): void {
  const navigation = useNavigationType()
  const restored = useRef<string | null>(null)

  useEffect(() => {
    const main = document.getElementById('main')
    if (!sourceId || !main || !ready) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = (): void => {
      timer = undefined
      const top = main.getBoundingClientRect().top
      const paragraphs = text.current?.querySelectorAll<HTMLElement>('p[id^="para-"]') ?? []
      for (const p of paragraphs) {
        if (p.getBoundingClientRect().bottom > top + 8) {
          try {
            localStorage.setItem(key(sourceId), p.id.slice('para-'.length))
          } catch {
            // Not remembered this time.
          }
          return
        }
      }
    }
    const onScroll = (): void => {
      timer ??= setTimeout(save, SAVE_EVERY_MS)
    }
    main.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      main.removeEventListener('scroll', onScroll)
      if (timer) {
        clearTimeout(timer)
        save()
      }
    }
  }, [sourceId, text, ready])

  useEffect(() => {
    if (!sourceId || !ready || restored.current === sourceId) return
    restored.current = sourceId
    if (jump || navigation === 'POP') return
    const paragraph = readingPosition(sourceId)
    if (!paragraph || paragraph < 2) return
    // The text may render a moment after the source is read (its links and highlights load too).
    return eachFrameUntil(() => {
      const element = document.getElementById(`para-${paragraph}`)
      element?.scrollIntoView({ block: 'start' })
      return element !== null
    }, RESTORE_WAIT_MS)
  }, [sourceId, ready, jump, navigation])
}

/**
 * Kept apart from app.ts (which reads vitest's provided context) so that scripts outside the test
 * runner, such as test/fixtures/profiles/make.mts, use the same selection.
 */
import type { Page } from 'playwright-core'

/** Selects `phrase` in the source reader the way a mouse drag would leave it, across links and marks. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    for (const paragraph of document.querySelectorAll('.reader-text p')) {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
      const at = nodes.map((n) => n.data).join('').indexOf(text)
      if (at === -1) continue
      // Map paragraph offsets to (text node, offset) pairs.
      const locate = (offset: number): [Text, number] => {
        let seen = 0
        for (const n of nodes) {
          if (offset <= seen + n.data.length) return [n, offset - seen]
          seen += n.data.length
        }
        throw new Error('offset outside the paragraph')
      }
      const range = document.createRange()
      range.setStart(...locate(at))
      range.setEnd(...locate(at + text.length))
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`"${text}" is not in the reader`)
  }, phrase)
}

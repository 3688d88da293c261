/**
 * Maps the browser selection inside the reader to character offsets of the source text. Every
 * run of text in the reader is a descendant of an element carrying `data-start`, its offset in
 * the source; paragraph breaks between runs are not in the DOM, so offsets come from there.
 */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const start = pointOffset(range.startContainer, range.startOffset, container)
  const end = pointOffset(range.endContainer, range.endOffset, container)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

function pointOffset(node: Node, offset: number, container: HTMLElement): number | null {
  // A point between elements (offset counts children): resolve it to a text position.
  if (node.nodeType !== Node.TEXT_NODE) {
    const child = node.childNodes[offset]
    if (child) return firstTextOffset(child, container)
    const previous = node.childNodes[offset - 1]
    return previous ? lastTextOffset(previous, container) : null
  }
  const run = (node.parentElement as HTMLElement | null)?.closest<HTMLElement>('[data-start]')
  if (!run || !container.contains(run)) return null
  let before = 0
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) before += t.textContent?.length ?? 0
  return Number(run.dataset['start']) + before + offset
}

function firstTextOffset(node: Node, container: HTMLElement): number | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  const text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode()
  return text ? pointOffset(text, 0, container) : null
}

function lastTextOffset(node: Node, container: HTMLElement): number | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  let last: Node | null = node.nodeType === Node.TEXT_NODE ? node : null
  for (let t = walker.nextNode(); t; t = walker.nextNode()) last = t
  return last ? pointOffset(last, last.textContent?.length ?? 0, container) : null
}

/** The DOM point of source offset `offset`: in the run that holds it (the earlier run at a boundary when `atEnd`). */
function domPoint(container: HTMLElement, offset: number, atEnd: boolean): { node: Node; offset: number } | null {
  for (const run of container.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(run.dataset['start'])
    const length = run.textContent?.length ?? 0
    if (offset < start || offset > start + length || (!atEnd && offset === start + length && length > 0 && run.nextElementSibling)) continue
    let rest = offset - start
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT)
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const here = t.textContent?.length ?? 0
      if (rest <= here) return { node: t, offset: rest }
      rest -= here
    }
  }
  return null
}

/** Selects source offsets `start`–`end` in the reader, as a mouse would: the inverse of `selectionOffsets`. */
export function selectOffsets(container: HTMLElement, start: number, end: number): boolean {
  const from = domPoint(container, start, false)
  const to = domPoint(container, end, true)
  const selection = window.getSelection()
  if (!from || !to || !selection) return false
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  selection.removeAllRanges()
  selection.addRange(range)
  return true
}

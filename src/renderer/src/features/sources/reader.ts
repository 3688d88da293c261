/** Pure helpers for the source reader: sentences, ranges and runs to draw. */
import type { Paragraph } from '@shared/text/paragraphs'

export { toParagraphs, findQuote, type Paragraph } from '@shared/text/paragraphs'

/** The sentence (or line) around `start`–`end`, with the offsets of its start, for context lists. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const boundary = /[.!?]["”’)]?\s+|\n/g
  let from = 0
  for (let m = boundary.exec(text); m && m.index + m[0].length <= start; m = boundary.exec(text)) from = m.index + m[0].length
  boundary.lastIndex = end
  const next = boundary.exec(text)
  const to = next ? next.index + 1 : text.length
  return { text: text.slice(from, to).trim(), start: from + (text.slice(from, to).length - text.slice(from, to).trimStart().length) }
}

/** Parses `?at=start-end` into offsets, or null when malformed or outside the text. */
export function parseRange(value: string | null, length: number): { start: number; end: number } | null {
  const match = value ? /^(\d+)-(\d+)$/.exec(value) : null
  if (!match) return null
  const start = Number(match[1])
  const end = Number(match[2])
  return start < end && end <= length ? { start, end } : null
}

export interface Span {
  start: number
  end: number
}

export interface Mark extends Span {
  key: string
}

export interface Segment<M extends Span> {
  start: number
  end: number
  text: string
  mention: M | null
  /** The marks (highlights, the followed quote) that cover this run. */
  marks: Mark[]
}

/**
 * Cuts a paragraph into runs at every mention and mark boundary, so each run can be drawn as
 * plain text, a linked mention, a highlight, or both. Overlapping mentions keep the first.
 */
export function segmentParagraph<M extends Span>(paragraph: Paragraph, mentions: readonly M[], marks: readonly Mark[]): Segment<M>[] {
  const inside = mentions.filter((m) => m.start >= paragraph.start && m.end <= paragraph.end).sort((a, b) => a.start - b.start)
  const kept: M[] = []
  for (const m of inside) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m)
  const cuts = new Set([paragraph.start, paragraph.end])
  for (const m of kept) cuts.add(m.start).add(m.end)
  for (const mark of marks) [mark.start, mark.end].filter((x) => x > paragraph.start && x < paragraph.end).forEach((x) => cuts.add(x))
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment<M>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    segments.push({
      start,
      end,
      text: paragraph.text.slice(start - paragraph.start, end - paragraph.start),
      mention: kept.find((m) => m.start <= start && m.end >= end) ?? null,
      marks: marks.filter((mark) => mark.start <= start && mark.end >= end)
    })
  }
  return segments
}

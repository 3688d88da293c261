/**
 * "Find in this source": every place a typed text occurs, as offsets into the original text.
 * Case, accents and tone marks are ignored ("ha noi" finds "Hà Nội"), as in search; spaces of
 * any kind and line breaks count as one space. Thai, Lao, Khmer and Burmese keep their vowel and
 * tone marks, which are letters of the word there ("ที่" is not "ท"), as search keeps them. Digits
 * of any script are ASCII digits ("๕" is 5). Pure.
 */
import { asciiDigits } from './digits'
import { isUnspacedCode } from './tokenize'

/** The text folded for matching, with each folded unit's offset in the original. */
function folded(text: string): { text: string; at: number[] } {
  let out = ''
  const at: number[] = []
  let space = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (/\s/.test(ch)) {
      if (!space) {
        out += ' '
        at.push(i)
      }
      space = true
      continue
    }
    space = false
    const f = asciiDigits(isUnspacedCode(ch.charCodeAt(0)) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd'))
    for (let k = 0; k < f.length; k++) {
      out += f[k]
      at.push(i)
    }
  }
  at.push(text.length)
  return { text: out, at }
}

/** Where `query` occurs in `text`, in order, at most `limit` places. */
export function findAll(text: string, query: string, limit = 1000): { start: number; end: number }[] {
  const q = folded(query.trim()).text
  if (!q) return []
  const { text: hay, at } = folded(text)
  const out: { start: number; end: number }[] = []
  for (let i = hay.indexOf(q); i >= 0 && out.length < limit; i = hay.indexOf(q, i + q.length)) {
    out.push({ start: at[i]!, end: at[i + q.length - 1]! + 1 })
  }
  return out
}

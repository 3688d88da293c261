/**
 * Bytes of an imported file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else the
 * single-byte code page its bytes fit: Windows-874 (TIS-620, Thai), Windows-1258 (Vietnamese) or
 * Windows-1252. Then text that was mis-decoded once before it reached us ("CafÃ©", "â€œquoteâ€")
 * is repaired where the repair is unambiguous: the run re-encodes to valid UTF-8.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-874' | 'windows-1258'

export interface DecodedText {
  text: string
  encoding: Encoding
  /** What was changed, in words, for the source's cleaning notes. */
  repairs: string[]
}

export class NotTextError extends Error {
  override name = 'NotTextError'
}

/** A text file has few control characters; a binary one (an image renamed .txt) has many. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++
  }
  return length > 0 && control / length > 0.05
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')
  if (looksBinary(bytes)) throw new NotTextError('it is not a text file (it holds binary data)')
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8')
  } catch {
    const page = legacyCodePage(bytes)
    // Browsers and Node (with ICU) decode these two alike; Windows-1252 is written out below.
    if (page !== 'windows-1252') return finish(new TextDecoder(page).decode(bytes).normalize('NFC'), page)
    return finish(decodeSingleByte(bytes, CP1252_HIGH), 'windows-1252')
  }
}

const isThaiByte = (b: number): boolean => b >= 0xa1 && b <= 0xfb && !(b >= 0xdb && b <= 0xde)
/** Windows-1258's tone marks, written as combining characters after their vowel. */
const VIETNAMESE_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2])
/** Its vowels and letters a tone mark may follow: a e i o u y, â ê ô ă ơ ư in both cases. */
const isVowelByte = (b: number): boolean => 'aeiouyAEIOUY'.includes(String.fromCharCode(b)) || [0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd, 0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd].includes(b)

/**
 * Which legacy code page a text that is not UTF-8 was written in. Thai in TIS-620 is runs of
 * bytes from 0xA1 up (one per letter, no spaces between words); Vietnamese in Windows-1258
 * has tone marks as bytes of their own right after a vowel; a Western text has a few accented
 * letters alone between ASCII ones.
 */
function legacyCodePage(bytes: Uint8Array): Encoding {
  let high = 0
  let thaiRuns = 0
  let tones = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0x80) continue
    high++
    if (isThaiByte(b) && isThaiByte(bytes[i - 1] ?? 0) && isThaiByte(bytes[i + 1] ?? 0)) thaiRuns++
    if (VIETNAMESE_TONES.has(b) && isVowelByte(bytes[i - 1] ?? 0)) tones++
  }
  if (high && thaiRuns / high > 0.5) return 'windows-874'
  if (tones >= 2 && tones / high > 0.2) return 'windows-1258'
  return 'windows-1252'
}

/*
 * The code pages' characters for bytes 0x80–0xFF. Written out because Node's TextDecoder reads
 * "windows-1252" as Latin-1 (0x96 becomes U+0096, not "–") and may lack windows-1250; browsers
 * differ from Node here, and the import must read a file the same way everywhere. Bytes a code
 * page leaves undefined map to the C1 control of the same value, as decoders pass them through.
 */
const LATIN1_UPPER = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('')
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ' + LATIN1_UPPER
const CP1250_HIGH =
  '€\x81‚\x83„…†‡\x88‰Š‹ŚŤŽŹ\x90‘’“”•–—\x98™š›śťžź\xa0ˇ˘Ł¤Ą¦§¨©Ş«¬\xad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙'

function decodeSingleByte(bytes: Uint8Array, high: string): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    out += Array.from(bytes.subarray(i, i + 8192), (b) => (b < 0x80 ? String.fromCharCode(b) : high[b - 0x80]!)).join('')
  }
  return out
}

function finish(text: string, encoding: Encoding): DecodedText {
  const repaired = repairMojibake(text)
  return { text: repaired.text, encoding, repairs: repaired.count ? [`Repaired ${repaired.count} mis-decoded character sequence${repaired.count === 1 ? '' : 's'} (UTF-8 read as Windows-1252/1250).`] : [] }
}

/** Byte of each character in a single-byte code page, for re-encoding. */
function codePage(high: string): Map<string, number> {
  const map = new Map<string, number>()
  ;[...high].forEach((char, i) => map.set(char, 0x80 + i))
  return map
}

let pages: Map<string, number>[] | null = null

/**
 * A run of non-ASCII characters that starts like a UTF-8 lead byte read as a single-byte code page
 * (Ã, Â, â, Ä, Å, Ð, Ñ, …). Only such runs are considered, so ordinary accented text is left alone.
 */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u02ff\u2010-\u203a\u20ac\u2122\u0152-\u0192\u02c6-\u02dd]+/g

export function repairMojibake(text: string): { text: string; count: number } {
  SUSPECT.lastIndex = 0
  if (!SUSPECT.test(text)) return { text, count: 0 }
  pages ??= [codePage(CP1252_HIGH), codePage(CP1250_HIGH)]
  const strict = new TextDecoder('utf-8', { fatal: true })
  let count = 0
  const out = text.replace(SUSPECT, (run) => {
    for (const page of pages!) {
      const bytes: number[] = []
      let ok = true
      for (const char of run) {
        const b = page.get(char)
        if (b === undefined) {
          ok = false
          break
        }
        bytes.push(b)
      }
      if (!ok) continue
      try {
        const fixed = strict.decode(new Uint8Array(bytes))
        // Unambiguous: valid UTF-8 that is shorter and has no character from the suspect range left.
        if (fixed.length < run.length && !/[\u0080-\u009f]/.test(fixed)) {
          count++
          return fixed
        }
      } catch {
        // Not UTF-8 in this code page; try the next, else leave the run as it is.
      }
    }
    return run
  })
  return { text: out, count }
}

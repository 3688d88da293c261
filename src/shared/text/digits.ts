/**
 * Digits as search and find compare them: Thai "๕", Lao "໕", Khmer "៥" and Burmese "၅" are 5,
 * as are the other decimal digits Unicode gives a script, so "ครั้งที่ ๕" is found by "ครั้งที่ 5".
 * Display keeps what was written.
 */

/** The code point of zero in each run of ten decimal digits: every decimal-digit block of the BMP but ASCII's. */
const ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090,
  0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10
]
const NATIVE_DIGIT = new RegExp(`[${ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`, 'gu')

/** The text with every such digit written as an ASCII digit; the same length, so offsets hold. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGIT, (digit) => {
    const code = digit.charCodeAt(0)
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!
    return String(code - zero)
  })
}

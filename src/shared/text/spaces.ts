/** Whether a character code is one JavaScript's `\s` matches (and `trim` removes): for one-pass loops that must agree with those regexes. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))

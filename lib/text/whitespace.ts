/**
 * Whether a UTF-16 unit is JavaScript white space (`\s`: WhiteSpace and LineTerminator, ECMA-262 §12.2–12.3;
 * the space separators of Unicode's Zs category), without a regular expression per character.
 */
export function isJsWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The number of runs of non-white-space characters in text[start, end) (UTF-16 offsets): `text.slice(start,
 * end).trim().split(/\s+/u).length`, 0 for blank text, without the array. With `limit`, counting stops there (the
 * result is min(count, limit)): callers that compare a count with a bound need not scan a long sentence to its end.
 */
export function countWords(text: string, start = 0, end = text.length, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isJsWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= limit) return words;
    inWord = !space;
  }
  return words;
}

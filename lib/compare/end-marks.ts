/**
 * Wire and press-release end marks: a line that only says the text is over. AP and newsroom style end copy with
 * "-30-" (also "— 30 —"), Reuters and press offices with "ENDS" or "END", press releases with "###" (which has no word
 * and already states nothing), some ministries with "END OF STATEMENT" / "END OF TEXT", Russian and Armenian copy with "КОНЕЦ" / "КОНЕЦ ТЕКСТА"
 * and "ՎԵՐՋ" (tester 77 F11). Such a line is layout, no
 * claim: a readout that ends without one left nothing out (tester 71 F14: "-30-" and "ENDS" were claims "not reported
 * by" each other, and "-30-" a number). Written in capitals only (or as "-30-"): "End." or "Ends" in running text may
 * be a word of a claim.
 */
const END_MARK = /^[\s(\[—–-]*(?:30|ENDS?|END OF (?:STATEMENT|TEXT|RELEASE|TRANSCRIPT|READOUT)|КОНЕЦ(?: ТЕКСТА)?|ՎԵՐՋ)[\s)\]—–.-]*$/u;
/** The longest end mark read, in UTF-16 code units, spaces and dashes around it included. */
const MAX_END_MARK_LENGTH = 32;

/**
 * Whether text[start, end) (UTF-16 offsets; a sentence) is only an end mark (END_MARK). A bare "30" counts only
 * between dashes ("-30-", "— 30 —"): alone it is a number. The length is tested first, so a sentence is never sliced.
 * Pure; never throws.
 */
export function isEndMark(text: string, start: number, end: number): boolean {
  if (end - start > MAX_END_MARK_LENGTH) return false;
  const line = text.slice(start, end);
  if (!END_MARK.test(line)) return false;
  return !/\d/u.test(line) || /[—–-]\s*30\s*[—–-]/u.test(line);
}

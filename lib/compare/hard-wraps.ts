import { isLineBreak } from "../text/line-breaks";

/**
 * Hard wraps: a sentence broken over two lines by the writer or a CMS, where Unicode's sentence rules (UAX #29) break at
 * every line's end. Read by the segmenter (segment.ts) and the speaker finder (quotes/speakers.ts), so that both see one
 * sentence where a line ends in a comma and goes on below (session 16, tester T1 #8), and by the quotation finder
 * (quotation-marks.ts), so that a quotation goes on over a wrapped line (session 17, H2).
 */

const CLOSING_QUOTE = /[”"»’']/u;
const LOWER_START = /^\p{Ll}/u;
// After a quotation: a dash and a lower-case word, Russian's attribution ("— сказал"); a hyphen or a dash opening a
// line after a plain comma is a list's bullet.
const DASH_LOWER_START = /^[—–]\s*\p{Ll}/u;

/** Whether the text before `end` ends in a quotation closed on a comma ("…,”", "…»,"). */
function endsInQuotationComma(text: string, end: number): boolean {
  const [before, last] = [text[end - 2] ?? "", text[end - 1] ?? ""];
  return (before === "," && CLOSING_QUOTE.test(last)) || (last === "," && CLOSING_QUOTE.test(before));
}

/** Whether the text before `end` (UTF-16) ends in a comma, or in a comma and a closing quotation mark ("…,”", "…,»"). */
export function endsInWrapComma(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 44 || endsInQuotationComma(text, end);
}

/**
 * Whether the line break between text ending at `end` in a comma (endsInWrapComma) and the text starting at `next` is
 * a hard wrap inside one sentence: exactly one line break (CRLF counts once; no blank line), and the next line goes on
 * in lower case ("…within reach,\nand it must …"), or, after a quotation closed on a comma, with a dash and a lower-case
 * word ("«…»,\n— сказал Алиев") or its attribution (`attributionAt`, quotes/speakers.ts: "“…,”\nBlinken said."). A
 * list's items end in commas too, but open with a marker or a capital. UTF-16 offsets into `text` as written. Pure.
 */
export function continuesWrappedLine(text: string, end: number, next: number, attributionAt: (text: string, at: number) => boolean): boolean {
  let breaks = 0;
  for (let i = end; i < next; i++) if (isLineBreak(text.charCodeAt(i)) && !(text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13)) breaks++;
  if (breaks !== 1) return false;
  const start = text.slice(next, next + 4);
  if (!endsInQuotationComma(text, end)) return LOWER_START.test(start);
  return LOWER_START.test(start) || DASH_LOWER_START.test(start) || (CLOSING_QUOTE.test(text[end - 1]) && attributionAt(text, end));
}

/** A reader of an attribution at a UTF-16 offset just after a quotation's closing mark; this one reads none. */
const NO_ATTRIBUTION = (): boolean => false;

/**
 * Whether the line break at `at` (a UTF-16 offset of a line break in `text`; lib/text/line-breaks.ts: LF, CR, CRLF,
 * U+2028, U+2029) lies inside a quotation (after its opening mark and before its closing one, or in the attribution
 * between two of its fragments: "“…,” the Secretary\nsaid, “…”") and is a hard wrap there, so the quotation goes on
 * below. The break is read as continuesWrappedLine reads one (exactly one line break, the next line going on in lower
 * case; after a quotation closed on a comma, also a dash and a lower-case word or `attributionAt`), without the comma
 * before it that continuesWrappedLine's callers ask for between sentences: there the comma is what tells a wrap from a
 * heading, a dateline or a list item, and inside a quotation the open mark tells it, so "“Peace is within\nreach" is
 * one quotation as "“Peace is within reach,\nand" is. A real paragraph break still ends the quotation's paragraph: a
 * blank line, or a next line that opens with a capital, a digit, a list marker or an opening mark (the convention for
 * a quotation over several paragraphs, each opening with the mark, the last one closed, that quotation-marks.ts reads).
 * The rule's source: session 17's brief H2 (a quotation wrapped mid-sentence was cut at the line's end, its rest not
 * checked as quoted). Pure; never throws.
 */
export function wrapsInsideQuotation(text: string, at: number, attributionAt: (text: string, at: number) => boolean = NO_ATTRIBUTION): boolean {
  const next = nextLineStart(text, at);
  return next < text.length && continuesWrappedLine(text, lineTextEnd(text, at), next, attributionAt);
}

/**
 * Whether the line break at `at` (a UTF-16 offset of a line break in `text`) is a hard wrap between two parts of one
 * sentence: the line's text ends in a comma (endsInWrapComma) and continuesWrappedLine reads the break so. The line's
 * text ends before the white space before the break, and the CR of a CRLF ("…,” \r\nBlinken said." wraps as
 * "…,”\nBlinken said." does), so a caller may ask at any line break of the run. Pure; never throws.
 */
export function wrapsAfterComma(text: string, at: number, attributionAt: (text: string, at: number) => boolean): boolean {
  const end = lineTextEnd(text, at);
  return endsInWrapComma(text, end) && continuesWrappedLine(text, end, nextLineStart(text, at), attributionAt);
}

const WHITE_SPACE = /\s/u;

/** Where the text of the line before the line break at `at` ends: before the white space (CR included) before it. */
function lineTextEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && WHITE_SPACE.test(text[end - 1])) end--;
  return end;
}

/** Where the next line's text starts after the line break at `at`: its first character that is no white space, or text.length. */
function nextLineStart(text: string, at: number): number {
  let next = at;
  while (next < text.length && WHITE_SPACE.test(text[next])) next++;
  return next;
}

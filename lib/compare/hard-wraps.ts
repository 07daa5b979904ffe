import { isLineBreak } from "../text/line-breaks";

/**
 * Hard wraps: a sentence broken over two lines by the writer or a CMS, where Unicode's sentence rules (UAX #29) break at
 * every line's end. Read by the segmenter (segment.ts) and the speaker finder (quotes/speakers.ts), so that both see one
 * sentence where a line ends in a comma and goes on below (session 16, tester T1 #8).
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

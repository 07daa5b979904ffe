/**
 * Line breaks, one definition for every path that reads lines: U+000A LINE FEED, U+000D CARRIAGE RETURN, U+2028 LINE
 * SEPARATOR and U+2029 PARAGRAPH SEPARATOR, Unicode's paragraph separators (UAX #29 ParaSep, which the sentence breaker,
 * lib/compare/sentence-breaks.ts, ends sentences at) that are also white space to the tokenizer (JavaScript's \s,
 * lib/text/whitespace.ts). A text pasted from a word processor or a CMS may separate its lines with U+2028 or a bare CR
 * instead of LF; the segmenter, headings, lead-ins, list markers and quotations must all read those lines alike.
 * U+0085 NEXT LINE is left out: it is no white space to the tokenizer; a statement's text has it turned into LF when it
 * is stored (lib/editorial/text.ts cleanStatementText), as CRLF is. Pure.
 */

/** Whether a UTF-16 code unit is a line break (above). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Whether text[start, end) holds a line break (UTF-16 offsets; the whole text by default). */
export function holdsLineBreak(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Where the first line break at or after `from` is (a UTF-16 offset), or -1. */
export function nextLineBreak(text: string, from = 0): number {
  for (let i = Math.max(0, from); i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) return i;
  return -1;
}

/** The line breaks as the body of a regular-expression character class, for patterns that must stop at a line's end. */
export const LINE_BREAK_CLASS = String.raw`\n\r\u2028\u2029`;

const WRAPPED_LINES = new RegExp(String.raw`[ \t\u00a0]*[${LINE_BREAK_CLASS}]+[ \t\u00a0]*`, "gu");

/**
 * A passage read across hard-wrapped lines as one line, for display: each line break, with the spaces and tabs around
 * it, becomes one space ("Peace is within reach,\nand it …" → "Peace is within reach, and it …"). Offsets into the
 * original are not kept: callers keep the spans of the text as written. Pure.
 */
export function joinWrappedLines(text: string): string {
  return holdsLineBreak(text) ? text.replace(WRAPPED_LINES, " ") : text;
}

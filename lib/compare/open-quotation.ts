import { isLineBreak } from "../text/line-breaks";
import { isJsWhiteSpace } from "../text/whitespace";

/**
 * Whether a quotation is open at a point of a text: its opening mark written before the point in the same paragraph,
 * its closing mark not. Read by the segmenter's hard-wrap rule (hard-wraps.ts lineGoesOn): inside a quotation, a line
 * break before a lower-case word is a wrap whatever mark ends the line, as the quotation finder reads it
 * (quotation-marks.ts, hard-wraps.ts wrapsInsideQuotation).
 *
 * The marks are the quotation finder's pairs (quotation-marks.ts CLOSERS): “…” and “…", „…“ and „…”, «…», ‹…›, and
 * straight double quotes "…", a straight quote opening only where a quote may (after white space, an opening bracket
 * or mark, or a dash, and before no white space). Single quotes are left out: ’ and ' are apostrophes as often. A blank
 * line ends a paragraph and every quotation in it; an opening mark more than MAX_QUOTATION_LENGTH units back opens
 * nothing here, as in the quotation finder.
 */

/** The quotation finder's longest quotation (quotation-marks.ts MAX_QUOTATION_LENGTH), in UTF-16 units. */
export const MAX_QUOTATION_LENGTH = 3000;
const OPENERS = new Set(["“", "„", "«", "‹"]);
/** Each opening mark's closing marks (the quotation finder's pairs, quotation-marks.ts CLOSERS). */
export const CLOSERS: Readonly<Record<string, string>> = { "“": '”"', "„": '“”"', "«": "»", "‹": "›", '"': '"”' };
const OPENING_CONTEXT = /[\s\p{Ps}\p{Pi}\p{Pd}/]/u;
/** The double quotation marks read here, opening and closing. */
export const MARKS = /[“”„«»‹›"]/u;

/**
 * The open quotations of one text, read forward once: ask `openBefore` at offsets that do not decrease (the segmenter
 * asks at each line's end in order), and the whole text is read once at most; an offset before the last one asked
 * starts the reading again. Pure but for its own state.
 */
export class OpenQuotations {
  /** Opening marks not yet closed, with their offsets, innermost last. */
  private open: { mark: string; at: number }[] = [];
  /** Read up to here (exclusive). */
  private position = 0;
  /** Line breaks since the last character that is no white space (two: a blank line). */
  private lineBreaks = 0;

  constructor(private readonly text: string) {}

  /** Whether a quotation opened before `at` (a UTF-16 offset) in its paragraph is not closed before it. */
  openBefore(at: number): boolean {
    const { text } = this;
    if (at < this.position) {
      this.open = [];
      this.position = 0;
      this.lineBreaks = 0;
    }
    for (; this.position < at; this.position++) {
      const k = this.position;
      const code = text.charCodeAt(k);
      if (isLineBreak(code)) {
        // CRLF is one line break.
        if (!(code === 10 && text.charCodeAt(k - 1) === 13) && ++this.lineBreaks === 2) this.open = [];
        continue;
      }
      if (isJsWhiteSpace(code)) continue;
      this.lineBreaks = 0;
      if (code < 0x22 || (code > 0x22 && code < 0xab) || !MARKS.test(text[k])) continue;
      const char = text[k];
      const top = this.open[this.open.length - 1];
      if (top !== undefined && CLOSERS[top.mark].includes(char) && !(char === '"' && top.mark !== '"' && straightOpens(text, k))) this.open.pop();
      else if (OPENERS.has(char) || (char === '"' && straightOpens(text, k))) this.open.push({ mark: char, at: k });
    }
    return this.open.length > 0 && this.open[this.open.length - 1].at >= at - MAX_QUOTATION_LENGTH;
  }
}

/** Whether the straight quote at text[k] opens a quotation: an opening context before it, no white space after it. */
export function straightOpens(text: string, k: number): boolean {
  return (k === 0 || OPENING_CONTEXT.test(text[k - 1])) && k + 1 < text.length && !isJsWhiteSpace(text.charCodeAt(k + 1));
}

/** Whether a quotation is open at `at` (a UTF-16 offset into `text`): OpenQuotations for one question. Linear in `at`. Pure. */
export function quotationOpenBefore(text: string, at: number): boolean {
  return new OpenQuotations(text).openBefore(at);
}

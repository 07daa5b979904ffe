import { isLineBreak } from "../text/line-breaks";
import { terminalBefore } from "../text/sentence-marks";
import { isJsWhiteSpace } from "../text/whitespace";
import { isArmenianColon } from "./armenian-stops";
import { endsInFunctionWord } from "./line-end-function-words";
import { CLOSERS, MARKS, MAX_QUOTATION_LENGTH, straightOpens } from "./open-quotation";

/**
 * A quotation that runs on over a line break before a capital or a digit: "Blinken said: “Peace is within reach,
 * and\nAzerbaijan and Armenia must not let it slip away.”" (session 17, tester F6: the quotation was cut at the line's
 * end, read as unclosed and checked as "Peace is within reach, and"). Proper nouns and numbers open lines, so inside a
 * quotation a capital is no sign of a new paragraph by itself. Read by the hard-wrap rule (hard-wraps.ts wrapsBetween).
 *
 * The evidence that the quotation goes on is its closing mark, written later in the same paragraph. Without one the
 * line break stays a paragraph's end: the project's source text (shared/seed) writes one paragraph to a line, with a
 * single line break between paragraphs and a capital opening each, so a quotation never closed (a paste that lost its
 * mark, or a multi-paragraph quotation whose next paragraph opens with the mark) would otherwise take in the paragraphs
 * after it and be checked as words its speaker never said.
 *
 * Read backward from the line's end, the nearest double quotation mark must open a quotation (“, „, «, ‹, or a straight
 * " in an opening context: open-quotation.ts); read forward, the first mark must close it. Both reads cross only line
 * breaks that the hard-wrap rule would cross without a closing mark in view (mayCross): one line break, and the next
 * line opening with a lower-case word, or the line ending in a function word, or in no sentence's mark before a
 * capital or a digit that is no list marker. A blank line, a sentence's end before a capital, a list marker, or another
 * mark first (a nested or a new quotation: not read, to stay on the safe side) ends the search with no. Both reads
 * stop MAX_QUOTATION_LENGTH units from the opening mark, the quotation finder's bound.
 */

// A list item's marker in capitals or digits at a line's start ("1. ", "2) ", "(3) ", "A. ", "IV) "), with bullets
// and dashes: the line opens an item of its own.
const LIST_MARKER_START = /^(?:[-–—•*·>]\s|[([]?(?:\p{Nd}{1,4}(?:\.\p{Nd}{1,3})*|\p{Lu}|[IVXLCDM]{1,6})[.)\]]\s)/u;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{Nd}]/u;
const LOWER = /^\p{Ll}/u;
// A list item's marker in lower case ("a) ", "b. ", "iv) "), as hard-wraps.ts reads it (a letter and a dot only in Latin).
const LOWER_LIST_MARKER = /^(?:\p{Ll}\)|[a-z]\.|[ivxlcdm]{2,6}[.)])\s/u;

/** Whether text[next] opens a line with a capital or a digit and no list marker. UTF-16 offset. Pure. */
export function opensCapitalOrDigit(text: string, next: number): boolean {
  const start = text.slice(next, next + 12);
  return CAPITAL_OR_DIGIT.test(start) && !LIST_MARKER_START.test(start);
}

/** Whether the line whose text ends at `end` ends in a sentence's mark (lib/text/sentence-marks.ts; Armenian's ":" for "։"). */
function endsSentence(text: string, end: number): boolean {
  return terminalBefore(text, end) || (text.charCodeAt(end - 1) === 0x3a && isArmenianColon(text, end - 1));
}

/** Whether the double quotation mark at text[k] opens a quotation (« „ ‹ always; “ and " in an opening context). */
function opensAt(text: string, k: number): boolean {
  const mark = text[k];
  if (mark === "«" || mark === "„" || mark === "‹") return true;
  return (mark === "“" || mark === '"') && straightOpens(text, k);
}

/**
 * Whether a quotation may go on over the line break between a line's text ending at `lineEnd` and the next line's
 * starting at `next` (UTF-16), by the hard-wrap rule read with no closing mark in view: the next line opens with a
 * lower-case word, or the line ends in a function word, or in no sentence's mark before a capital or a digit that is no
 * list marker.
 */
function mayCross(text: string, lineEnd: number, next: number): boolean {
  const start = text.slice(next, next + 12);
  if (LOWER.test(start)) return !LOWER_LIST_MARKER.test(start);
  return endsInFunctionWord(text, lineEnd) || (!endsSentence(text, lineEnd) && opensCapitalOrDigit(text, next));
}

/**
 * The last answer of openingMarkBefore: a reader that asks at each line's end in order (the segmenter) reads each line
 * once, not back over every line of a run of lines without marks (headings, an unpunctuated list) each time.
 */
let last: { text: string; end: number; open: number } | null = null;

/**
 * The offset of the opening mark of the quotation open at `end` in its paragraph (the nearest double quotation mark
 * before it opens one, over line breaks mayCross reads as crossed), or -1. UTF-16. Reads back at most
 * MAX_QUOTATION_LENGTH units, and no further than the line's end it was last asked at, whose answer holds past a
 * crossed line break.
 */
function openingMarkBefore(text: string, end: number): number {
  const stop = Math.max(0, end - MAX_QUOTATION_LENGTH);
  const known = last !== null && last.text === text && last.end < end ? last : null;
  let open = -1;
  let lineBreaks = 0;
  // The start of the line after the last line break read (going back).
  let lineStart = end;
  for (let k = end - 1; k >= stop; k--) {
    const code = text.charCodeAt(k);
    if (isLineBreak(code)) {
      // CRLF is one line break; two are a blank line.
      if (!(code === 13 && text.charCodeAt(k + 1) === 10) && ++lineBreaks === 2) break;
      continue;
    }
    if (isJsWhiteSpace(code)) continue;
    if (lineBreaks > 0 && !mayCross(text, k + 1, lineStart)) break;
    if (lineBreaks > 0 && known !== null && known.end === k + 1) {
      open = known.open >= stop ? known.open : -1;
      break;
    }
    lineBreaks = 0;
    lineStart = k;
    if (code < 0x22 || (code > 0x22 && code < 0xab) || !MARKS.test(text[k])) continue;
    if (opensAt(text, k)) open = k;
    break;
  }
  last = { text, end, open };
  return open;
}

/**
 * Whether a quotation is open at `end` (UTF-16) in its paragraph: the nearest double quotation mark before it, over
 * line breaks the hard-wrap rule crosses, opens one (as quotationRunsOn reads it). Pure (but for its memo); never throws.
 */
export function quotationOpenAt(text: string, end: number): boolean {
  return openingMarkBefore(text, end) >= 0;
}

/**
 * Whether the line break between text[end - 1] (the last character of a line's text) and text[next] (the first of the
 * next line's) lies inside a quotation that closes later in its paragraph, the line ending in no sentence's mark and
 * the next opening with a capital or a digit (see the file comment). UTF-16 offsets; the caller has seen exactly one
 * line break between them. Linear in MAX_QUOTATION_LENGTH at most. Pure (but for the memo of its last answer, which
 * changes no answer); never throws.
 */
export function quotationRunsOn(text: string, end: number, next: number): boolean {
  if (endsSentence(text, end) || !opensCapitalOrDigit(text, next)) return false;
  const open = openingMarkBefore(text, end);
  if (open < 0) return false;
  // A later line of a stretch already read forward for this quotation: the same mark decides.
  if (lastClose !== null && lastClose.text === text && lastClose.open === open && lastClose.from < next && next <= lastClose.decidedAt) return lastClose.closes;
  const closers = CLOSERS[text[open]];
  const stop = Math.min(text.length, open + MAX_QUOTATION_LENGTH);
  // The end of the last line's text, and the line breaks since it.
  let lineEnd = next;
  let lineBreaks = 0;
  let k = next;
  let closes = false;
  for (; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (isLineBreak(code)) {
      if (!(code === 10 && text.charCodeAt(k - 1) === 13) && ++lineBreaks === 2) break;
      continue;
    }
    if (isJsWhiteSpace(code)) continue;
    if (lineBreaks > 0 && !mayCross(text, lineEnd, k)) break;
    lineBreaks = 0;
    lineEnd = k + 1;
    if (code < 0x22 || (code > 0x22 && code < 0xab) || !MARKS.test(text[k])) continue;
    closes = closers.includes(text[k]) && !opensAt(text, k);
    break;
  }
  lastClose = { text, open, from: next, decidedAt: k, closes };
  return closes;
}

/**
 * The last forward read of quotationRunsOn: the quotation's opening mark, where the read started and where it was
 * decided (UTF-16). Every line start in between was crossed, so a read from one of them ends at the same place.
 */
let lastClose: { text: string; open: number; from: number; decidedAt: number; closes: boolean } | null = null;

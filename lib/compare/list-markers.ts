import { isJsWhiteSpace } from "../text/whitespace";
import { terminalClass } from "../text/sentence-marks";
import { isLineBreak, LINE_BREAK_CLASS } from "../text/line-breaks";
import { endsWithAbbreviation } from "./segment";
import { isEndMark } from "./end-marks";

/**
 * A list item's marker: a number (or numbers of an outline, "1.2."), one letter or a Roman numeral, with "." or ")"
 * and maybe in brackets, after a bullet or dash if any ("1.", "b)", "(iv)", "IV.", "1.2.", "• 3."). UAX #29 ends a
 * sentence after "1." before a capital, so a numbered list is cut into markers and items; a marker states nothing.
 */
const LIST_MARKER = /^[-–—•*·>]?\s*[([]?(?:\p{Nd}{1,4}(?:\.\p{Nd}{1,3})*|\p{L}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[.)\]]{0,2}$/u;

/** The longest marker isListMarker takes (UTF-16 units, trimmed): callers skip longer sentences without slicing them. */
export const MAX_LIST_MARKER_LENGTH = 16;

/** Whether `text` (a sentence, trimmed or not) is only a list item's marker. Pure; never throws. */
export function isListMarker(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_LIST_MARKER_LENGTH && /[.)\]]$/u.test(trimmed) && LIST_MARKER.test(trimmed);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LINE_BREAK = new RegExp(`[${LINE_BREAK_CLASS}]`, "g");
const BULLET = /^[-–—•*·>]$/u;
/** White space at text[k] (lib/text/whitespace); `inLine`: not a line break. */
const spaceAt = (text: string, k: number, inLine = false) => {
  const code = text.charCodeAt(k);
  return isJsWhiteSpace(code) && !(inLine && isLineBreak(code));
};
/**
 * A line that ends a sentence or a lead-in, maybe inside closing quotes or brackets: a sentence-terminal mark
 * (lib/text/sentence-marks.ts: "." "!" "?" "…", the Armenian "։", the CJK "。"), or the colon or semicolon that ends
 * a lead-in ("Agreed:"; the full-width "：" too), which Armenian also types for "։".
 */
const LINE_END = new RegExp(`${terminalClass(":;：")}[\\p{Pf}\\p{Pe}'"’”»)\\]]*$`, "u");

/** Whether text[from, to) holds a letter or digit. */
function holdsWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    // ASCII letters and digits at once; anything else asked of the expression.
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
    if (code > 127 && LETTER_OR_DIGIT.test(text.slice(k, k + 2))) return true;
  }
  return false;
}

/** A marker's parts: its shape (bullet, brackets, kind of numbering, closing mark) and the ordinals it may stand for. */
interface MarkerReading {
  shape: string;
  ordinals: number[];
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a Roman numeral in one case ("iv" → 4), or 0 when it is none. */
function romanValue(numeral: string): number {
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const digit = ROMAN_VALUES[numeral[k]];
    const next = ROMAN_VALUES[numeral[k + 1]] ?? 0;
    if (!digit) return 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}

const MARKER_PARTS = /^([-–—•*·>]?)\s*([([]?)(\p{Nd}{1,4}(?:\.\p{Nd}{1,3})*|\p{L}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})([.)\]]{0,2})$/u;

/**
 * Roman ordinals are kept apart from letters' (ROMAN + value): a list counts in one system, so "I." (the ninth letter
 * or Roman one) and "B." (the second letter) are no list ("I. Aliyev" / "B. Pashinyan" are initials; tester 52), while
 * "i.", "ii.", "iii." and "h.", "i.", "j." are.
 */
const ROMAN = 10_000;

/** How a marker (isListMarker) counts: "2." the second of "n.", "b)" the second of "l)", "iv." the fourth (ROMAN + 4) of "l.", "1.3." the third of "o1.". */
function readMarker(marker: string): MarkerReading | null {
  const parts = MARKER_PARTS.exec(marker.trim());
  if (!parts) return null;
  const [, bullet, open, core, close] = parts;
  let kind: string;
  const ordinals: number[] = [];
  if (/^\p{Nd}/u.test(core)) {
    const numbers = core.split(".");
    kind = numbers.length > 1 ? `o${numbers.slice(0, -1).join(".")}` : "n";
    ordinals.push(Number(numbers[numbers.length - 1]));
  } else {
    const lower = core.toLowerCase();
    kind = core === lower ? "l" : "L";
    if (lower.length === 1 && lower >= "a" && lower <= "z") ordinals.push(lower.charCodeAt(0) - 96);
    const roman = romanValue(lower);
    if (roman) ordinals.push(ROMAN + roman);
    if (!ordinals.length) return null;
  }
  return { shape: `${bullet}${open}${kind}${close}`, ordinals };
}

/**
 * The list items' markers of one text (UTF-16 offsets). A marker (isListMarker) counts where it opens a line (after
 * spaces at most) after a line that ended a sentence or a lead-in ("Agreed:") or was an item, the item's words follow
 * it on that line or fill the next line, and it belongs to a list: a run of such markers of one shape numbered from
 * one without a gap ("1.", "2.", "3."; "(a)", "(b)"; "i)", "ii)"; "1.1.", "1.2."), other lines between them allowed. So numbers that open lines of a hard-wrapped paragraph ("… was\n40. The
 * rest … in\n2024. Talks …"), a timeline ("2023.", "2024."), a tally ("12. against", "3. abstentions") or initials
 * ("A. Aliyev", "N. Pashinyan"), and dates wrapped onto the next line ("on September\n1. They met again on October\n2.")
 * are no markers: they may state a fact (testers 44–46). Markers state nothing: a version edit made only of them is no
 * fact (compare()'s rows take any marker-shaped sentence for none, isListMarker). Built once per text, when first
 * asked; pure.
 */
export class ListMarkers {
  /** Marker start → its end (the marker itself, without the spaces after it); found on the first sentence that opens with a marker's shape. */
  private found: Map<number, number> | null = null;

  constructor(private readonly text: string) {}

  /** The markers of the text's lists (see the class comment). */
  private get ends(): Map<number, number> {
    if (this.found) return this.found;
    const { text } = this;
    this.found = new Map();
    // Per shape, the run being read: its markers so far and the ordinals the last one may stand for.
    const runs = new Map<string, { markers: [number, number][]; last: number[] }>();
    const keep = (run: { markers: [number, number][] } | undefined) => {
      if (run && run.markers.length >= 2) for (const [start, end] of run.markers) this.found!.set(start, end);
    };
    // Whether the last line that was not blank ended a sentence or a lead-in ("Agreed:"), or was an item: a list opens
    // a line after one. A line that stops mid-sentence ("… on September") was wrapped, and its next line's "1." is a date.
    let afterBreak = true;
    for (let lineStart = 0; lineStart < text.length; ) {
      LINE_BREAK.lastIndex = lineStart;
      const lineEnd = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
      const marker = this.markerAt(lineStart, lineEnd + 1);
      const reading: MarkerReading | null = marker && afterBreak && (holdsWord(text, marker[1], lineEnd) || this.nextLineHoldsWord(lineEnd)) ? readMarker(text.slice(marker[0], marker[1])) : null;
      let last = lineEnd - 1;
      while (last >= lineStart && spaceAt(text, last)) last--;
      // The line's last few characters decide (a paragraph is one long line: no slice of it, no search through it).
      // An abbreviation's dot ("on Sept.", "at 10 a.m.", "the U.S.") ends no sentence: the line was wrapped.
      if (last >= lineStart) afterBreak = reading !== null || (LINE_END.test(text.slice(Math.max(lineStart, last - 7), last + 1)) && !endsWithAbbreviation(text, { start: lineStart, end: last + 1 }));
      if (marker && reading) {
        const run = runs.get(reading.shape);
        if (run && reading.ordinals.some((ordinal) => run.last.includes(ordinal - 1))) {
          run.markers.push(marker);
          run.last = reading.ordinals;
        } else if (reading.ordinals.includes(1) || reading.ordinals.includes(ROMAN + 1)) {
          keep(run);
          runs.set(reading.shape, { markers: [marker], last: reading.ordinals });
        }
      }
      lineStart = lineEnd + 1;
    }
    for (const run of runs.values()) keep(run);
    return this.found;
  }

  /** Whether the first line after the line break at `lineEnd` that is not blank holds a word. */
  private nextLineHoldsWord(lineEnd: number): boolean {
    const { text } = this;
    let start = lineEnd + 1;
    while (start < text.length && spaceAt(text, start)) start++;
    LINE_BREAK.lastIndex = start;
    const end = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
    return start < text.length && holdsWord(text, start, end);
  }

  /** The marker-shaped token that opens text[from, to) after spaces ("1.", "(b)", "• 2."), or null. */
  private markerAt(from: number, to: number): [number, number] | null {
    const { text } = this;
    let start = from;
    while (start < to && spaceAt(text, start, true)) start++;
    const limit = Math.min(to, start + MAX_LIST_MARKER_LENGTH);
    let end = start;
    while (end < limit && !spaceAt(text, end)) end++;
    // A bullet written apart from its number ("• 2.").
    if (BULLET.test(text.slice(start, end))) {
      while (end < limit && spaceAt(text, end, true)) end++;
      while (end < limit && !spaceAt(text, end)) end++;
    }
    return end > start && end < to && isListMarker(text.slice(start, end)) ? [start, end] : null;
  }

  /** How many markers the text's list has (0: no list). */
  get size(): number {
    return this.ends.size;
  }

  /**
   * The marker that opens the sentence text[range] ("1) The border …"), with the spaces after it, or null. UTF-16
   * offsets into the text.
   */
  leading(range: { start: number; end: number }): { start: number; end: number } | null {
    // Most sentences open with no marker's shape: the text's lines are read only for one that does.
    const shape = this.markerAt(range.start, Math.min(range.end + 1, this.text.length + 1));
    if (!shape) return null;
    const [start] = shape;
    const markerEnd = this.ends.get(start);
    if (markerEnd === undefined || markerEnd > range.end) return null;
    let end = markerEnd;
    while (end < range.end && spaceAt(this.text, end)) end++;
    return { start, end };
  }

  /**
   * Whether the sentence text[range] states nothing: a line without letters or digits ("***", "—"), a wire's end mark
   * ("-30-", "ENDS"), or only a list item's marker (cut off its item as UAX #29 does after "1."). A row or an edit made only of such sentences is no
   * claim and no fact.
   */
  statesNothing(range: { start: number; end: number }): boolean {
    if (!holdsWord(this.text, range.start, range.end)) return true;
    // Longer than any marker, spaces trimmed: it holds its item's words too (most sentences; no token read).
    let start = range.start;
    let end = range.end;
    while (start < end && spaceAt(this.text, start)) start++;
    while (end > start && spaceAt(this.text, end - 1)) end--;
    // A wire's end mark ("-30-", "ENDS"; end-marks.ts) is layout too, as in compare() (tester 77 F6).
    if (isEndMark(this.text, start, end)) return true;
    if (end - start > MAX_LIST_MARKER_LENGTH) return false;
    const marker = this.leading(range);
    return marker !== null && !holdsWord(this.text, marker.end, range.end);
  }
}

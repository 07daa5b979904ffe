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
const SPACE = /[^\S\r\n\u2028\u2029]/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/g;
const BULLET = /^[-–—•*·>]$/u;

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

/**
 * The list items' markers of one text (UTF-16 offsets). A marker (isListMarker) counts where it opens a line (after
 * spaces at most), the item's words follow it on that line, and at least two lines of the text open so: a list has
 * two items. So "40." opening the last line of a hard-wrapped sentence ("… released on Monday was\n40."), a number
 * alone on a line, or "(2023) The treaty …" once, are no markers: they may state a fact (tester 44). Markers state
 * nothing: a row or a version edit made only of them is no claim and no fact. Built once per text; pure.
 */
export class ListMarkers {
  /** Marker start → its end (the marker itself, without the spaces after it); found on the first sentence that opens with a marker's shape. */
  private found: Map<number, number> | null = null;

  constructor(private readonly text: string) {}

  /** The markers of the text's list, if it has one (see the class comment). */
  private get ends(): Map<number, number> {
    if (this.found) return this.found;
    const { text } = this;
    const found: [number, number][] = [];
    for (let lineStart = 0; lineStart < text.length; ) {
      LINE_BREAK.lastIndex = lineStart;
      const lineEnd = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
      const marker = this.markerAt(lineStart, lineEnd);
      if (marker && holdsWord(text, marker[1], lineEnd)) found.push(marker);
      lineStart = lineEnd + 1;
    }
    this.found = new Map(found.length >= 2 ? found : []);
    return this.found;
  }

  /** The marker-shaped token that opens text[from, to) after spaces ("1.", "(b)", "• 2."), or null. */
  private markerAt(from: number, to: number): [number, number] | null {
    const { text } = this;
    let start = from;
    while (start < to && SPACE.test(text[start])) start++;
    const limit = Math.min(to, start + MAX_LIST_MARKER_LENGTH);
    let end = start;
    while (end < limit && !/\s/u.test(text[end])) end++;
    // A bullet written apart from its number ("• 2.").
    if (BULLET.test(text.slice(start, end))) {
      while (end < limit && SPACE.test(text[end])) end++;
      while (end < limit && !/\s/u.test(text[end])) end++;
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
    while (end < range.end && /\s/u.test(this.text[end])) end++;
    return { start, end };
  }

  /**
   * Whether the sentence text[range] states nothing: a line without letters or digits ("***", "—"), or only a list
   * item's marker (cut off its item as UAX #29 does after "1."). A row or an edit made only of such sentences is no
   * claim and no fact.
   */
  statesNothing(range: { start: number; end: number }): boolean {
    if (!holdsWord(this.text, range.start, range.end)) return true;
    const marker = this.leading(range);
    return marker !== null && !holdsWord(this.text, marker.end, range.end);
  }
}

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

/**
 * Whether the sentence text[range] (UTF-16 offsets) states nothing: a line without letters or digits ("***", "—")
 * or only a list item's marker. A row or an edit made only of such sentences is no claim and no fact. Pure.
 */
export function statesNothing(text: string, range: { start: number; end: number }): boolean {
  if (range.end - range.start <= MAX_LIST_MARKER_LENGTH + 8 && isListMarker(text.slice(range.start, range.end))) return true;
  for (let k = range.start; k < range.end; k++) {
    const code = text.charCodeAt(k);
    // ASCII letters and digits at once; anything else asked of the expression.
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return false;
    if (code > 127 && LETTER_OR_DIGIT.test(text.slice(k, k + 2))) return false;
  }
  return true;
}

const SPACE = /\s/u;
const BULLET = /^[-–—•*·>]$/u;
/** "A." opening a sentence is a person's initial as often as a list item ("A. Mirzoyan met …"): not read as a marker there. */
const INITIAL = /^\p{L}\.$/u;

/**
 * The list item's marker that opens the sentence text[range] ("1) The border …", "(b) Talks …", "• 2. Observers …"),
 * with the spaces after it, as UTF-16 offsets into `text`; null when the sentence opens with none. A marker must be
 * followed by a space; one letter with a dot is taken for an initial. Pure; never throws.
 */
export function leadingListMarker(text: string, range: { start: number; end: number }): { start: number; end: number } | null {
  let k = range.start;
  while (k < range.end && SPACE.test(text[k])) k++;
  const start = k;
  const limit = Math.min(range.end, start + MAX_LIST_MARKER_LENGTH);
  let end = start;
  while (end < limit && !SPACE.test(text[end])) end++;
  // A bullet written apart from its number ("• 2.").
  if (BULLET.test(text.slice(start, end))) {
    while (end < limit && SPACE.test(text[end])) end++;
    while (end < limit && !SPACE.test(text[end])) end++;
  }
  if (end >= range.end || !SPACE.test(text[end])) return null;
  const marker = text.slice(start, end);
  if (!isListMarker(marker) || INITIAL.test(marker)) return null;
  while (end < range.end && SPACE.test(text[end])) end++;
  return { start, end };
}

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

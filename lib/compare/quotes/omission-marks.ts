/**
 * Marked omissions in a quotation: "[…]", "[...]", "(…)", "<…>" (Russian practice), "…", "..." or ". . .". Global: read
 * every mark of a text with matchAll. A bracketed mark is matched whole; what matters to callers is where it starts
 * and ends (UTF-16 offsets).
 */
export const OMISSION = /\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\)|<\s*(?:\.{3}|…)\s*>|\.{3,}|…|\.(?: \.){2}/gu;

const MARK = OMISSION.source;
// A quotation's fragment is trimmed of a leading "…" or "..." and of trailing ", . ; : …" (quotation-marks.ts
// trimQuoted), so a mark at its very edge is just outside the fragment, between it and the quote mark.
const MARK_ENDING = new RegExp(`(?:${MARK})\\s*$`, "u");
const MARK_OPENING = new RegExp(`^[\\s,;:]*(?:${MARK})`, "u");
// Enough characters to hold "[ … ]" with spaces, or ". . ." after a comma.
const LOOK = 12;

/** Whether an omission mark ends right before UTF-16 offset `at` of `text` (spaces aside): "“…will travel" at "will". */
export function markEndsAt(text: string, at: number): boolean {
  return MARK_ENDING.test(text.slice(Math.max(0, at - LOOK), at));
}

/** Whether an omission mark starts right after UTF-16 offset `at` of `text` (spaces, commas, colons aside): "December…”" at "…". */
export function markStartsAt(text: string, at: number): boolean {
  return MARK_OPENING.test(text.slice(at, at + LOOK));
}

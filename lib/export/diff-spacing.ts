import type { DiffPart } from "../compare/types";

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Whether a rendered export must put a space between two adjacent diff parts: a deletion that meets an
 * insertion (or the reverse) word to word, with no whitespace at the seam, would otherwise read as one
 * run-together word ("and <del>X</del><ins>Y</ins>" shown as "andXY"). The space is presentation only:
 * the parts themselves are not changed.
 */
export function needsSeamSpace(previous: DiffPart | undefined, part: DiffPart): boolean {
  if (!previous || previous.op === "equal" || part.op === "equal" || previous.op === part.op) return false;
  return WORD_END.test(previous.text) && WORD_START.test(part.text);
}

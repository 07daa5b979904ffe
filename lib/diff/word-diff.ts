import { diffWordsBounded } from "../compare/diff";
import type { DiffPart } from "../compare/types";

export interface WordDiffBounds {
  /** Give up past this many word edits (jsdiff maxEditLength). */
  maxEditLength?: number;
  /** Give up after this many milliseconds (jsdiff timeout). */
  timeoutMs?: number;
}

// Whole statements (revisions, conflicts, pairwise views) are diffed with generous bounds; the engine's
// per-claim framing diffs use tighter ones.
const WHOLE_TEXT_BOUNDS = { maxEditLength: 20_000, timeoutMs: 2_000 };

/**
 * Word-level diff from `before` to `after` for whole texts, through the engine's bounded jsdiff wrapper
 * (Intl.Segmenter words for non-Latin scripts). Returns null when a bound trips.
 */
export function wordDiff(before: string, after: string, bounds: WordDiffBounds = {}, language = "en"): DiffPart[] | null {
  return diffWordsBounded(before, after, {
    maxEditLength: bounds.maxEditLength ?? WHOLE_TEXT_BOUNDS.maxEditLength,
    timeoutMs: bounds.timeoutMs ?? WHOLE_TEXT_BOUNDS.timeoutMs,
    language,
  });
}

/** Counts of inserted and deleted words, for summaries. */
export function diffStats(parts: DiffPart[]): { insertions: number; deletions: number } {
  let insertions = 0;
  let deletions = 0;
  for (const part of parts) {
    if (part.op === "equal") continue;
    const words = part.text.trim() ? part.text.trim().split(/\s+/u).length : 0;
    if (part.op === "insert") insertions += words;
    else deletions += words;
  }
  return { insertions, deletions };
}

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * What to render between two consecutive parts: a space when a deletion and an insertion meet word to
 * word with no whitespace between them ("and ~~X~~ Y", never "and ~~X~~Y", which reads as one word "XY").
 * Punctuation at the seam needs no space. Display only: the parts themselves still join back into the
 * texts. Used by the page components and by the Markdown and HTML exports.
 */
export function separatorBetween(previous: Pick<DiffPart, "op" | "text"> | undefined, part: Pick<DiffPart, "op" | "text">): string {
  if (!previous || previous.op === "equal" || part.op === "equal" || previous.op === part.op) return "";
  return WORD_END.test(previous.text) && WORD_START.test(part.text) ? " " : "";
}

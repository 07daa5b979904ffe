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

/**
 * What to render between two consecutive parts: a space when a deletion and an insertion meet with
 * no whitespace between them ("and ~~X~~ Y", never "and ~~X~~Y", which reads as one word "XY").
 * The space is for display only; the parts themselves still join back into the texts.
 */
export function separatorBetween(previous: Pick<DiffPart, "op" | "text"> | undefined, part: Pick<DiffPart, "op" | "text">): string {
  if (!previous || previous.op === "equal" || part.op === "equal" || previous.op === part.op) return "";
  if (!previous.text || !part.text) return "";
  return /\s$/u.test(previous.text) || /^\s/u.test(part.text) ? "" : " ";
}

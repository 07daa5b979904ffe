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

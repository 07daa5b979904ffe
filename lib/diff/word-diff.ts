import { diffWords } from "diff";
import type { DiffPart } from "../compare/types";

export interface WordDiffBounds {
  /** Give up past this many word edits (jsdiff maxEditLength). */
  maxEditLength?: number;
  /** Give up after this many milliseconds (jsdiff timeout). */
  timeoutMs?: number;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Intl.Segmenter splits words in any script (Armenian, Cyrillic, CJK) where a \w regex would not. */
function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    wordSegmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Word-level diff from `before` to `after`, whitespace kept with the words.
 * Returns null when a bound trips (the texts are too different to diff usefully within it).
 */
export function wordDiff(before: string, after: string, bounds: WordDiffBounds = {}, language = "en"): DiffPart[] | null {
  const changes = diffWords(before, after, {
    intlSegmenter: wordSegmenter(language),
    maxEditLength: bounds.maxEditLength ?? Number.POSITIVE_INFINITY,
    timeout: bounds.timeoutMs ?? Number.POSITIVE_INFINITY,
  });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op = change.added ? "insert" : change.removed ? "delete" : "equal";
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
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

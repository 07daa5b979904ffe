import type { DiffPart } from "../compare/types";
import { diffStats, wordDiff } from "../diff/word-diff";

/**
 * How a change at source is shown (statement page, feeds). Today: the word diff of the text before and after, and
 * its counts. Hook for issue 12 (edit classes): classify `parts` here and fill `classes`; every view of a change at
 * source goes through this one function, so the classes appear everywhere at once.
 */
export interface SourceChangeView {
  /** Word diff from the text before to the text after; null when the texts are too different to diff. */
  parts: DiffPart[] | null;
  insertions: number;
  deletions: number;
  /** Edit classes of the change (issue 12); empty until classification exists. */
  classes: string[];
}

export function sourceChangeView(before: string, after: string, language = "en"): SourceChangeView {
  const parts = wordDiff(before, after, {}, language);
  const { insertions, deletions } = parts ? diffStats(parts) : { insertions: 0, deletions: 0 };
  return { parts, insertions, deletions, classes: [] };
}

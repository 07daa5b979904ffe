import { classifyRevision, flattenVersionDiff } from "../compare/versions";
import { editSummaryLine } from "./version-diff";
import type { EditCounts, VersionDiff } from "../compare/versions";
import type { DiffPart } from "../compare/types";

/**
 * How a change at source is shown (statement page, Atom feeds): the sentence-aligned, classed version diff of the text
 * before and after (lib/compare/versions, the same diff as the revision history), its edit counts by class and their
 * one-line summary ("1 edit that changes facts, 2 in wording"). Every view of a change at source goes through here.
 */
export interface SourceChangeView {
  diff: VersionDiff;
  /** The diff flattened to parts, typographic edits hidden (for renderers that show one text). */
  parts: DiffPart[];
  counts: EditCounts;
  summary: string;
  /** True when at least one edit is of class fact. */
  changesFacts: boolean;
}

export function sourceChangeView(before: string, after: string, language = "en"): SourceChangeView {
  const { diff, counts, changesFacts } = classifyRevision(before, after, language);
  return { diff, parts: flattenVersionDiff(diff), counts, summary: editSummaryLine(counts, diff.moves.length), changesFacts };
}

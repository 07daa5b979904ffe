/**
 * Versions of a text (issue 12): near-copy detection across statements and the sentence-aligned diff
 * of two versions, with edits classed by what they change and moved passages.
 * One module per step: sentences.ts (cut and key), pair.ts (pair sentences), moves.ts (what moved),
 * pair-diff.ts (word diff inside a pair), classify.ts (edit classes), diff-versions.ts (the whole).
 */
import { diffVersions, SENTENCE_BOUNDS } from "./diff-versions";
import type { EditCounts, VersionDiff } from "./types";

export { diffVersions, SENTENCE_BOUNDS } from "./diff-versions";
export { classifyEdit } from "./classify";
export { findVersions } from "./find";
export { flattenVersionDiff } from "./flatten";
export { versionPairOf } from "./version-pair";
export type * from "./types";

/**
 * What an edit at the source did to a statement: the sentence-aligned diff of two revisions with its
 * edit counts, for "edited at source" (issue 13). `language` is a BCP 47 tag. Throws nothing.
 */
export function classifyRevision(before: string, after: string, language = "en"): { diff: VersionDiff; counts: EditCounts; changesFacts: boolean } {
  const diff = diffVersions(before, after, language, SENTENCE_BOUNDS);
  return { diff, counts: diff.counts, changesFacts: diff.counts.fact > 0 };
}

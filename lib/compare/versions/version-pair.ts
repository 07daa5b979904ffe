import type { VersionPair } from "../types";
import { flattenVersionDiff } from "./flatten";
import type { VersionDiff } from "./types";

/**
 * The one shape in which a version diff leaves the engine (comparison `versions`, API, pairwise export):
 * statement ids, similarity, the flattened word diff (typographic edits hidden), the paired share, the sentence
 * pairs, the classed edits, the moves and the counts per class (docs/comparison-format.md). Throws nothing.
 */
export function versionPairOf(aId: string, bId: string, diff: VersionDiff): VersionPair {
  return {
    aId,
    bId,
    similarity: diff.similarity,
    status: "diffed",
    parts: flattenVersionDiff(diff),
    pairedShare: diff.pairedShare,
    sentencePairs: diff.pairs,
    edits: diff.edits,
    moves: diff.moves,
    counts: diff.counts,
  };
}

import type { DistantPair } from "@/lib/compare/types";

/**
 * The aligned view's note for statements that share almost nothing (issue 11, item 8: 'When two statements share almost
 * nothing, say so ("these may describe different exchanges")'): one sentence per pair, statements named by their
 * column labels ("Readout A and Readout B share no strong match: these may describe different exchanges."). Empty when
 * there are none or the comparison was cached before `distantPairs` existed.
 */
export function distantPairsNotes(pairs: readonly DistantPair[] | undefined, labelOf: (statementId: string) => string): string[] {
  if (!pairs) return [];
  return pairs.map(({ aId, bId, sharedRowIds, note }) => {
    if (note === "different languages: not compared") return `${labelOf(aId)} and ${labelOf(bId)} are in different languages: their claims were not compared, and neither is said to leave out the other's.`;
    const shared = sharedRowIds.length === 0 ? "share no claim" : `share only ${sharedRowIds.length} weak ${sharedRowIds.length === 1 ? "match" : "matches"}`;
    return `${labelOf(aId)} and ${labelOf(bId)} ${shared}: ${note}.`;
  });
}

import type { AlignedRow, DistantPair } from "./types";

/**
 * Pairs of statements that share almost nothing: no row holds both with a strong match (`RowMatch.strength`). Their
 * rows say "not reported" of each other throughout, which is more likely two different exchanges than two accounts
 * of one (issue 11: 'When two statements share almost nothing, say so ("these may describe different exchanges")').
 * Pairs in input order; `sharedRowIds` are the (weak) rows they do share.
 */
export function distantPairs(statementIds: readonly string[], rows: readonly AlignedRow[]): DistantPair[] {
  const pairs: DistantPair[] = [];
  for (let i = 0; i < statementIds.length; i++) {
    for (let j = i + 1; j < statementIds.length; j++) {
      const [aId, bId] = [statementIds[i], statementIds[j]];
      const shared = rows.filter((row) => row.reportedBy.includes(aId) && row.reportedBy.includes(bId));
      if (shared.some((row) => row.match?.strength === "strong")) continue;
      pairs.push({ aId, bId, sharedRowIds: shared.map((row) => row.id), note: "these may describe different exchanges" });
    }
  }
  return pairs;
}

import type { AlignedRow, DistantPair } from "./types";

/**
 * Pairs of statements that share almost nothing: no row holds both with a strong match (`RowMatch.strength`). Their
 * rows say "not reported" of each other throughout, which is more likely two different exchanges than two accounts
 * of one (issue 11: 'When two statements share almost nothing, say so ("these may describe different exchanges")').
 * Pairs in input order; `sharedRowIds` are the (weak) rows they do share, never one that states nothing
 * (`AlignedRow.statesNothing`). `scripts` (per statement, in `statementIds`' order: its dominant script,
 * lib/compare/exchanges.ts ExchangeScope `scripts`): a pair written in two scripts says it is in different languages
 * instead, for rows are made by shared words, so it was not compared. Required, so that no caller can drop the note
 * (tester 71 F12: applyCorrections did).
 */
export function distantPairs(statementIds: readonly string[], rows: readonly AlignedRow[], scripts: readonly string[]): DistantPair[] {
  const n = statementIds.length;
  const indexOf = new Map(statementIds.map((id, i) => [id, i]));
  // One pass over the rows (not one per pair): each row adds itself to the pairs of its reporters, in row order.
  // Keyed i * n + j (i < j); only pairs that share a row have an entry.
  const shared = new Map<number, string[]>();
  const strong = new Set<number>();
  const reporters: number[] = [];
  for (const row of rows) {
    // A row that states nothing ("***" joined with "***" by an editor) is no claim the two share.
    if (row.statesNothing) continue;
    reporters.length = 0;
    for (const id of row.reportedBy) {
      const i = indexOf.get(id);
      if (i !== undefined) reporters.push(i);
    }
    for (let x = 0; x < reporters.length; x++) {
      for (let y = 0; y < reporters.length; y++) {
        const [i, j] = [reporters[x], reporters[y]];
        if (i >= j) continue;
        const key = i * n + j;
        const ids = shared.get(key);
        if (ids) ids.push(row.id);
        else shared.set(key, [row.id]);
        if (row.match?.strength === "strong") strong.add(key);
      }
    }
  }
  const pairs: DistantPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (strong.has(i * n + j)) continue;
      const note = scripts[i] !== scripts[j] ? "different languages: not compared" : "these may describe different exchanges";
      pairs.push({ aId: statementIds[i], bId: statementIds[j], sharedRowIds: shared.get(i * n + j) ?? [], note });
    }
  }
  return pairs;
}

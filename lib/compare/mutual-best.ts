import type { Edge } from "./candidates";

/**
 * Of a pair of statements, two units that are each other's best match are very likely the same claim even when they
 * share few words (a paraphrase): readouts of one call report each claim once. Such a pair may share a row at a lower
 * similarity, MUTUAL_BEST_SHARE × threshold; a decoy that shares a name or a word loses to the claim's real partner.
 * Source of the rule: issue 11 ("A paraphrase is missed"); the share is chosen on `npm run eval` (docs/alignment-eval.md).
 */
export const MUTUAL_BEST_SHARE = 0.5;

/**
 * `edges` (sorted strongest first, ties by unit ids, as similarPairs returns them; similarity ≥ MUTUAL_BEST_SHARE ×
 * threshold) filtered to those at or above `threshold`, plus the weaker ones whose two units are mutual best matches
 * between their two statements. The first edge seen for a (unit, other statement) is its best, so ties go to the
 * lower unit ids and the result is deterministic. With `primary` (per statement), the weaker mutual-best pairs are
 * kept only between two primary statements: the rule rests on readouts of one call reporting each claim once, which a
 * secondary source does not. With `negated` (per unit, 1 when it holds a negation cue; negated-units.ts), a unit's
 * best is sought first among the units that negate as it does, and only then among those that do not. Keeps the
 * order of `edges`.
 */
export function keepStrongOrMutualBest(
  edges: readonly Edge[],
  unitStatement: Int32Array,
  statementCount: number,
  threshold: number,
  primary?: readonly boolean[],
  negated?: Uint8Array,
): Edge[] {
  // Index + 1 of the best edge per (unit, other statement); 0: none yet.
  const best = new Int32Array(unitStatement.length * statementCount);
  const claim = (a: number, b: number, e: number) => {
    const slotA = a * statementCount + unitStatement[b];
    const slotB = b * statementCount + unitStatement[a];
    if (best[slotA] === 0) best[slotA] = e + 1;
    if (best[slotB] === 0) best[slotB] = e + 1;
  };
  // A sentence that says the opposite is a unit's best only when none that says it the same way is: "…did not agree
  // on the treaty's wording", paired through the names it repeats, took the place of the claim's paraphrase ("will stay
  // in touch on the peace treaty" for "agreed to keep in touch on the peace treaty"), which then had no row (tester 62
  // F7, the other order). The alignment then keeps one of the two (align.ts).
  const samePolarity = (a: number, b: number) => !negated || negated[a] === negated[b];
  edges.forEach(({ a, b }, e) => {
    if (samePolarity(a, b)) claim(a, b, e);
  });
  if (negated) {
    edges.forEach(({ a, b }, e) => {
      if (!samePolarity(a, b)) claim(a, b, e);
    });
  }
  // A secondary source (a news report) tells only what it chooses, so "each claim once" does not hold for it.
  const bothPrimary = (a: number, b: number) => !primary || (primary[unitStatement[a]] && primary[unitStatement[b]]);
  return edges.filter(
    ({ a, b, similarity }, e) =>
      similarity >= threshold ||
      (bothPrimary(a, b) && best[a * statementCount + unitStatement[b]] === e + 1 && best[b * statementCount + unitStatement[a]] === e + 1),
  );
}

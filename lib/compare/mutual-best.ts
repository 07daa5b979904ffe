import type { Edge } from "./candidates";

/**
 * Of a pair of statements, two units that are each other's best match are very likely the same claim even when they
 * share few words (a paraphrase): readouts of one call report each claim once. Such a pair may share a row at a lower
 * similarity, MUTUAL_BEST_SHARE × threshold; a decoy that shares a name or a word loses to the claim's real partner.
 * Source of the rule: issue 11 ("A paraphrase is missed"); the share is chosen on `npm run eval` (docs/alignment-eval.md).
 */
export const MUTUAL_BEST_SHARE = 0.5;

/**
 * `edges` (any order, similarity ≥ MUTUAL_BEST_SHARE × threshold) filtered to those at or above `threshold`, plus the
 * weaker ones whose two units are mutual best matches between their two statements (ties broken by unit id, so the
 * result is deterministic). Sorted strongest first, ties by unit ids.
 */
export function keepStrongOrMutualBest(edges: readonly Edge[], unitStatement: Int32Array, threshold: number): Edge[] {
  // Best edge per (unit, other statement).
  const best = new Map<string, Edge>();
  const better = (x: Edge, y: Edge | undefined) => !y || x.similarity > y.similarity || (x.similarity === y.similarity && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  for (const edge of edges) {
    const keyA = `${edge.a}>${unitStatement[edge.b]}`;
    const keyB = `${edge.b}>${unitStatement[edge.a]}`;
    if (better(edge, best.get(keyA))) best.set(keyA, edge);
    if (better(edge, best.get(keyB))) best.set(keyB, edge);
  }
  const kept = edges.filter(
    (edge) => edge.similarity >= threshold || (best.get(`${edge.a}>${unitStatement[edge.b]}`) === edge && best.get(`${edge.b}>${unitStatement[edge.a]}`) === edge),
  );
  kept.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  return kept;
}

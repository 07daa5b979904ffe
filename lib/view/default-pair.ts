import type { Comparison } from "../compare/types";
import { isClaimRow } from "./claim-rows";

/**
 * The pair of statements the pairwise view opens on when the URL names none: the two with the most in common.
 * Score of a pair = the summed similarity (AlignedRow.similarity, 0–1) of the aligned rows both statements hold a
 * cell in, so two accounts of the same exchange beat two statements that merely sit next to each other. Ties go to
 * the engine's whole-text similarity (Comparison.versions), then to the order of `shown`.
 *
 * `shown`: statement ids (slugs) in display order. Returns [a, b] with a before b in that order; with fewer than two
 * statements, [shown[0], shown[0]].
 */
export function mostAlikePair(comparison: Pick<Comparison, "rows" | "versions">, shown: string[]): [string, string] {
  if (shown.length < 2) return [shown[0], shown[0]];
  const position = new Map(shown.map((id, i) => [id, i]));
  const key = (x: string, y: string) => ((position.get(x) ?? 0) <= (position.get(y) ?? 0) ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const shared = new Map<string, number>();
  for (const row of comparison.rows) {
    // Two texts that both put "***" between sections share no claim by it (claim-rows.ts).
    if (!isClaimRow(row)) continue;
    const ids = [...new Set(row.cells.map((c) => c.statementId))].filter((id) => position.has(id));
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) shared.set(key(ids[i], ids[j]), (shared.get(key(ids[i], ids[j])) ?? 0) + row.similarity);
  }
  const whole = new Map(comparison.versions.map((v) => [key(v.aId, v.bId), v.similarity]));
  let best: [string, string] = [shown[0], shown[1]];
  let bestScore = [-1, -1];
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const k = key(shown[i], shown[j]);
      const score = [shared.get(k) ?? 0, whole.get(k) ?? 0];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
        best = [shown[i], shown[j]];
        bestScore = score;
      }
    }
  return best;
}

import type { Unit } from "./analyse";
import { sumVectors, type SparseVector } from "./similarity";

/**
 * Clauses exist only to improve alignment. Where they did not, the sentence is put back together,
 * so readers see sentences unless a sentence's parts really are reported in different places:
 * a sentence is rejoined when all its clauses' rows hold the same sentences of the other statements
 * (or nothing else at all); those rows then become one row.
 * Appends the rebuilt sentences to `units` and `vectors` and returns the new groups.
 */
export function rejoinUnhelpfulClauses(groups: number[][], units: Unit[], vectors: SparseVector[]): number[][] {
  const rows = groups.map((group) => [...group]);
  const rowOf = new Map<number, number>();
  rows.forEach((row, r) => row.forEach((unit) => rowOf.set(unit, r)));

  const clausesBySentence = new Map<string, number[]>();
  units.forEach((unit, id) => {
    if (unit.kind !== "clause") return;
    const key = sentenceKey(unit);
    const clauses = clausesBySentence.get(key);
    if (clauses) clauses.push(id);
    else clausesBySentence.set(key, [id]);
  });

  for (const clauses of clausesBySentence.values()) {
    const clauseSet = new Set(clauses);
    const clauseRows = [...new Set(clauses.map((clause) => rowOf.get(clause)!))];
    // What else each row holds, as whole sentences: two clause halves of one sentence elsewhere count as that sentence.
    const signatures = clauseRows.map((r) =>
      [...new Set(rows[r].filter((unit) => !clauseSet.has(unit)).map((unit) => sentenceKey(units[unit])))].sort().join("|"),
    );
    if (!signatures.every((signature) => signature === signatures[0])) continue;

    const first = units[clauses[0]];
    const last = units[clauses[clauses.length - 1]];
    const sentence = units.length;
    // It ends where its last clause does, at a glued headline's cut or not (segment.ts TextRange.gluedCut).
    units.push({ ...first, end: last.end, kind: "sentence", clauseIndex: 0, tokenTo: last.tokenTo, gluedCut: last.gluedCut });
    vectors.push(sumVectors(clauses.map((clause) => vectors[clause])));

    const [target, ...merged] = clauseRows;
    const others = merged.flatMap((r) => rows[r]).filter((unit) => !clauseSet.has(unit));
    rows[target] = [...rows[target].filter((unit) => !clauseSet.has(unit)), ...others, sentence];
    for (const r of merged) rows[r] = [];
    rows[target].forEach((unit) => rowOf.set(unit, target));
  }
  return rows.filter((row) => row.length > 0);
}

function sentenceKey(unit: Unit): string {
  return `${unit.statement}:${unit.sentenceIndex}`;
}

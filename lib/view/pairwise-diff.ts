import type { Comparison, DiffPart, VersionPair } from "../compare/types";
import type { StatementWithParty } from "../data/events";
import { wordDiff } from "../diff/word-diff";
import { columnInfo, type StatementColumnInfo } from "./columns";
import { statementLabels } from "./statement-labels";

export interface PairwiseDiff {
  from: StatementColumnInfo;
  to: StatementColumnInfo;
  parts: DiffPart[] | null;
  nearCopy: VersionPair | null;
}

/** The whole-text diff of two statements, reusing the engine's when it already judged them near-copies. */
export function pairwiseDiff(statements: StatementWithParty[], a: string, b: string, comparison: Comparison): PairwiseDiff {
  const from = statements.find((s) => s.slug === a)!;
  const to = statements.find((s) => s.slug === b)!;
  const nearCopy = comparison.versions.find((v) => (v.aId === a && v.bId === b) || (v.aId === b && v.bId === a)) ?? null;
  const reusable = nearCopy && nearCopy.aId === a && nearCopy.status === "diffed";
  const parts = reusable
    ? nearCopy.parts
    : wordDiff(from.body, to.body, {}, from.language);
  const labels = statementLabels(statements);
  return { from: columnInfo(from, labels.get(a)), to: columnInfo(to, labels.get(b)), parts, nearCopy };
}

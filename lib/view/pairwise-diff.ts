import type { Comparison, DiffPart, VersionPair } from "../compare/types";
import type { StatementWithParty } from "../data/events";
import { diffVersions, flattenVersionDiff } from "../compare/versions";
import type { VersionDiff } from "../compare/versions/types";
import { columnInfo, type StatementColumnInfo } from "./columns";
import { statementLabels } from "./statement-labels";

export interface PairwiseDiff {
  from: StatementColumnInfo;
  to: StatementColumnInfo;
  parts: DiffPart[] | null;
  nearCopy: VersionPair | null;
  /** The sentence-aligned diff (pairs, classed edits, moves): every two statements get one, versions or not. */
  versionDiff: VersionDiff;
  /** Whether typographic edits are marked (`typography=show`). */
  showTypographic: boolean;
  /**
   * Whether the two report different exchanges (each names its exchanges and they share none): then they are never
   * versions of one another, however alike their wording (tester 37 #11: two calls' readouts on one template).
   */
  differentExchanges: boolean;
}

/** What the pairwise view and its exports say of two statements of different exchanges (PairwiseDiff.differentExchanges). */
export const DIFFERENT_EXCHANGES_NOTE =
  "These report different exchanges, so they are not versions of one another, even where most of their sentences pair (two calls' readouts may be written on one template). Every marked word is where they differ.";

/** The whole-text diff of two statements (typographic edits marked only when `showTypographic`), sentence-aligned (lib/compare/versions), with the engine's near-copy verdict. */
export function pairwiseDiff(statements: StatementWithParty[], a: string, b: string, comparison: Comparison, showTypographic = false): PairwiseDiff {
  const from = statements.find((s) => s.slug === a)!;
  const to = statements.find((s) => s.slug === b)!;
  const nearCopy = comparison.versions.find((v) => (v.aId === a && v.bId === b) || (v.aId === b && v.bId === a)) ?? null;
  // Sentence-aligned (lib/compare/versions): the word-diff bound applies per sentence pair, so it never collapses.
  const versionDiff = diffVersions(from.body, to.body, from.language);
  // Typographic edits hidden unless the page asks for them (`typography=show`): the whole-text diff, like the sentence-by-sentence one.
  const parts = flattenVersionDiff(versionDiff, showTypographic);
  const labels = statementLabels(statements);
  const exchangesOfTo = new Set(to.exchanges.map((x) => x.exchangeId));
  const differentExchanges = from.exchanges.length > 0 && to.exchanges.length > 0 && !from.exchanges.some((x) => exchangesOfTo.has(x.exchangeId));
  return { from: columnInfo(from, labels.get(a)), to: columnInfo(to, labels.get(b)), parts, nearCopy, versionDiff, showTypographic, differentExchanges };
}

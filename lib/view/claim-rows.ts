import type { AlignedRow } from "../compare/types";

/**
 * Which rows a reader counts as claims. A row that states nothing (`AlignedRow.statesNothing`, set by the engine:
 * every cell a line without words such as "***" or "—" between sections, or a bare list marker such as "1.";
 * lib/compare/wordless-rows.ts) is no claim: the aligned view shows it in place, as the text's layout, but no count,
 * claim number, navigator step, coverage line or export line counts it (tester: "reports 9 of 12 claims" where one of
 * the 12 was "***"). The engine's own lists (coverage, exchange coverage) already leave such rows out.
 */
export function isClaimRow(row: Pick<AlignedRow, "statesNothing">): boolean {
  return row.statesNothing !== true;
}

/** How many of `rows` are claims (isClaimRow): the "N claims" a view or export prints. */
export function claimCount(rows: readonly Pick<AlignedRow, "statesNothing">[]): number {
  let count = 0;
  for (const row of rows) if (isClaimRow(row)) count++;
  return count;
}

/** The words a screen reader hears for the row head of a row that states nothing, in place of "Claim N". */
export const NO_CLAIM_ROW_TEXT = "no claim: a separator line or list marker";

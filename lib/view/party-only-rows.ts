import type { AlignedRow } from "../compare/types";
import { isClaimRow } from "./claim-rows";
import type { StatementColumnInfo } from "./columns";

/** The statements the parties themselves issued: everything but news reports, in the given order. */
export function partyStatementIds(columns: readonly StatementColumnInfo[]): string[] {
  return columns.filter((c) => c.kind !== "news_report").map((c) => c.id);
}

/**
 * Claims that only one party reported among the parties' own statements, news reports set aside.
 *
 * A news report that retells every readout shares their claims, so beside it no party statement has a claim
 * "only it reported". Setting the news reports aside (but keeping them in the alignment) answers the question a
 * reader asks: which claims appear in one party's readout and in no other party's.
 * Returns null when the distinction makes no difference: no news report shown, or fewer than two party statements.
 * A row that states nothing ("***", a bare "1."; claim-rows.ts) is no claim, so no party reported it alone.
 */
export function partyOnlyRows(rows: readonly AlignedRow[], columns: readonly StatementColumnInfo[]): Map<string, string[]> | null {
  const parties = partyStatementIds(columns);
  if (parties.length === columns.length || parties.length < 2) return null;
  const byStatement = new Map<string, string[]>(parties.map((id) => [id, []]));
  for (const row of rows) {
    if (!isClaimRow(row)) continue;
    const reporters = row.reportedBy.filter((id) => byStatement.has(id));
    if (reporters.length === 1) byStatement.get(reporters[0])!.push(row.id);
  }
  return byStatement;
}

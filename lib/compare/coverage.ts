import type { AlignedRow, StatementCoverage } from "./types";

/**
 * Per statement: which rows it reported, which it alone reported among the primary statements (`soleReporter`), and
 * which it left out (`notReportedBy`: only rows of an exchange it reports, never background rows). A row that states
 * nothing (`AlignedRow.statesNothing`: "***", a bare "1.") is in no list: it is no claim, so "reports 9 of 12 claims"
 * never counts a separator line (scopeRow already gives it no sole reporter and no gaps).
 */
export function coverageOf(statementIds: readonly string[], rows: readonly AlignedRow[]): StatementCoverage[] {
  // filter and map size the arrays exactly (push would leave up to half again as much room); the result may be cached.
  const ids = (keep: (row: AlignedRow) => boolean) => rows.filter(keep).map((row) => row.id);
  return statementIds.map((statementId) => ({
    statementId,
    reportedRowIds: ids((row) => !row.statesNothing && row.reportedBy.includes(statementId)),
    uniqueRowIds: ids((row) => row.soleReporter === statementId),
    missingRowIds: ids((row) => row.notReportedBy.includes(statementId)),
  }));
}

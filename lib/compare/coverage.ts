import type { AlignedRow, StatementCoverage } from "./types";

/** Per statement: which rows it reported, which only it reported, which others reported and it left out. */
export function coverageOf(statementIds: readonly string[], rows: readonly AlignedRow[]): StatementCoverage[] {
  // filter and map size the arrays exactly (push would leave up to half again as much room); the result may be cached.
  const ids = (keep: (row: AlignedRow) => boolean) => rows.filter(keep).map((row) => row.id);
  return statementIds.map((statementId) => ({
    statementId,
    reportedRowIds: ids((row) => row.reportedBy.includes(statementId)),
    uniqueRowIds: ids((row) => row.reportedBy.length === 1 && row.reportedBy[0] === statementId),
    missingRowIds: ids((row) => !row.reportedBy.includes(statementId)),
  }));
}

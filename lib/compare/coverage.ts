import type { AlignedRow, StatementCoverage } from "./types";

/** Per statement: which rows it reported, which only it reported, which others reported and it left out. */
export function coverageOf(statementIds: readonly string[], rows: readonly AlignedRow[]): StatementCoverage[] {
  return statementIds.map((statementId) => {
    const reportedRowIds: string[] = [];
    const uniqueRowIds: string[] = [];
    const missingRowIds: string[] = [];
    for (const row of rows) {
      if (row.reportedBy.includes(statementId)) {
        reportedRowIds.push(row.id);
        if (row.reportedBy.length === 1) uniqueRowIds.push(row.id);
      } else {
        missingRowIds.push(row.id);
      }
    }
    return { statementId, reportedRowIds, uniqueRowIds, missingRowIds };
  });
}

import type { AlignedRow, EntityKind } from "../compare/types";
import { claimLines, ENTITY_KIND_LABELS, ENTITY_KIND_ORDER, entityLines, filterAndSort, type MatrixFilter } from "../view/coverage-matrix";
import type { StatementColumnInfo } from "../view/columns";
import type { ExportModel } from "./model";

/**
 * One cell of the exported coverage matrix:
 * - reported: the statement holds the claim (or names the entity) in the row's own wording or a marked variant of it;
 * - in_other_words: it holds the claim, but worded so differently that no word diff is shown ("rephrased");
 * - not_reported: it does not hold it;
 * - other_exchange: it does not hold it and reports another exchange only (quiet, not an omission);
 * - other_language: it is in a language none of the row's cells is in: not compared (quiet, not an omission);
 * - not_in_report: a secondary statement (a news report, a reference column) does not hold it: quiet, never an
 *   omission, as the aligned view's "not in this report" (lib/view/empty-cell.ts).
 */
export type CoverageCellStatus = "reported" | "in_other_words" | "not_reported" | "other_exchange" | "other_language" | "not_in_report";

export const COVERAGE_CELL_LABELS: Record<CoverageCellStatus, string> = {
  reported: "reported",
  in_other_words: "said in other words",
  not_reported: "not reported",
  other_exchange: "other exchange",
  other_language: "other language: not compared",
  not_in_report: "not in this report",
};

export interface CoverageExportLine {
  id: string;
  /** Claims: the row number as in the aligned view (1-based); entities: null. */
  rowNumber: number | null;
  /** The claim's whole first wording, or the entity as first written; never cut. */
  text: string;
  /** One per column, in column order. */
  cells: CoverageCellStatus[];
}

export interface CoverageExportSection {
  kind: "claim" | EntityKind;
  title: string;
  lines: CoverageExportLine[];
}

/** What the Coverage view shows, as data: its filter, the statements compared, and each matrix's lines. */
export interface CoverageExport {
  filter: MatrixFilter;
  /** "Everything", "Reported by all" or "Only reported by X", as the view's filter chips say. */
  filterLabel: string;
  columns: { id: string; label: string; partyName: string }[];
  sections: CoverageExportSection[];
}

function claimCell(row: AlignedRow, column: StatementColumnInfo): CoverageCellStatus {
  if (row.cells.some((cell) => cell.statementId === column.id)) {
    const diff = row.diffs.find((d) => d.toStatementId === column.id);
    return diff?.status === "rephrased" ? "in_other_words" : "reported";
  }
  if (row.otherExchangeBy.includes(column.id)) return "other_exchange";
  if (row.otherLanguageBy?.includes(column.id)) return "other_language";
  return column.role === "secondary" ? "not_in_report" : "not_reported";
}

/** An entity line's cell: a secondary statement that does not name it is quiet too (a reference omits nothing). */
function entityCell(reportedBy: readonly string[], column: StatementColumnInfo): CoverageCellStatus {
  if (reportedBy.includes(column.id)) return "reported";
  return column.role === "secondary" ? "not_in_report" : "not_reported";
}

/**
 * The Coverage view's matrices (claims, then people, organisations, places, dates, numbers, quoted phrases) under
 * the view's filter and sort (`state.coverage`), with full claim texts: the view cuts long labels, an export does not.
 */
export function coverageExport(model: ExportModel, filter: MatrixFilter): CoverageExport {
  const shown = model.columns.map((c) => c.id);
  const rows = new Map(model.comparison.rows.map((row) => [row.id, row]));
  const claims: CoverageExportSection = {
    kind: "claim",
    title: "Claims",
    // The view's claim lines (no line for a row that states nothing), labels whole.
    lines: filterAndSort(claimLines(model.comparison), shown, filter).map((line) => {
      const row = rows.get(line.id)!;
      return { id: line.id, rowNumber: row.index + 1, text: line.label, cells: model.columns.map((column) => claimCell(row, column)) };
    }),
  };
  const entities = ENTITY_KIND_ORDER.flatMap((kind): CoverageExportSection[] => {
    const all = entityLines(model.comparison.entities, kind);
    if (all.length === 0) return [];
    const lines = filterAndSort(all, shown, filter).map((line) => ({
      id: line.id,
      rowNumber: null,
      text: line.label,
      cells: model.columns.map((column) => entityCell(line.reportedBy, column)),
    }));
    return [{ kind, title: ENTITY_KIND_LABELS[kind], lines }];
  });
  const only = filter.only ? model.columns.find((c) => c.id === filter.only)?.label ?? filter.only : null;
  return {
    filter,
    filterLabel: only ? `Only reported by ${only}` : filter.all ? "Reported by all" : "Everything",
    columns: model.columns.map((c) => ({ id: c.id, label: c.label, partyName: c.partyName })),
    sections: [claims, ...entities],
  };
}

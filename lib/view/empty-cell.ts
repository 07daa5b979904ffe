import type { AlignedRow } from "../compare/types";

/**
 * Why a statement has no cell in a row (and no restatement), as every view and export tells it:
 * - gap: a primary statement of the claim's exchange left it out ("not reported by X"), the one loud state;
 * - not_in_report: a secondary statement (a news report) of the claim's exchange does not hold it. A secondary source
 *   is a reference column and omits nothing (issue 10, tester 57 #2), so its cell is quiet: "not in this report";
 * - other_exchange: the statement reports only other exchanges ("other exchange");
 * - other_language: the statement is in a language none of the row's cells is in, so it was not compared (rows are
 *   made by shared words; tester 57 #12): "other language: not compared";
 * - background: only a secondary source holds the claim (`secondaryOnly`), so no one left it out;
 * - no_claim: the row states nothing (`AlignedRow.statesNothing`: "***", a bare "1."), so there is nothing to hold: the
 *   cell is left empty (lib/view/claim-rows.ts).
 */
export type EmptyCellKind = "gap" | "not_in_report" | "other_exchange" | "other_language" | "background" | "no_claim";

/** What the views know of a column: its statement id and its role ("primary" | "secondary"). */
export interface EmptyCellColumn {
  id: string;
  role: string;
}

/**
 * Derived from the row's lists and the column's role, not from an engine field: the engine never puts a secondary
 * statement in `notReportedBy`, and a comparison made before that rule (an imported document, a cached one) that
 * still does is read the same way, because the role decides first.
 */
export function emptyCellKind(row: Pick<AlignedRow, "notReportedBy" | "otherExchangeBy" | "otherLanguageBy" | "secondaryOnly" | "statesNothing">, column: EmptyCellColumn): EmptyCellKind {
  if (row.statesNothing) return "no_claim";
  if (row.otherExchangeBy.includes(column.id)) return "other_exchange";
  if (row.otherLanguageBy?.includes(column.id)) return "other_language";
  if (row.secondaryOnly) return "background";
  if (column.role === "secondary") return "not_in_report";
  return row.notReportedBy.includes(column.id) ? "gap" : "background";
}

/** The statements a row shows as gaps among these columns: primary statements in `notReportedBy` only. */
export function gapIds(row: Pick<AlignedRow, "notReportedBy" | "otherExchangeBy" | "otherLanguageBy" | "secondaryOnly" | "statesNothing">, columns: readonly EmptyCellColumn[]): string[] {
  const byId = new Map(columns.map((column) => [column.id, column]));
  return row.notReportedBy.filter((id) => {
    const column = byId.get(id);
    return column ? emptyCellKind(row, column) === "gap" : true;
  });
}

/** The quiet words of a column in another language than the row's cells. */
export const OTHER_LANGUAGE_TEXT = "other language: not compared";

/** The quiet words of a secondary column without the claim. */
export const NOT_IN_REPORT_TEXT = "not in this report";

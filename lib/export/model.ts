import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import type { AlignedRow, Comparison } from "../compare/types";
import { correctionCredit } from "../view/correction-credit";
import { columnInfos, type StatementColumnInfo } from "../view/columns";
import { compareShown } from "../view/comparison-cache";
import type { EventViewState } from "../view/event-view-state";
import { pairwiseDiff, type PairwiseDiff } from "../view/pairwise-diff";
import { partyOnlyRows } from "../view/party-only-rows";

/** Everything an export of the event page needs, built once and handed to each format. */
export interface ExportModel {
  event: EventWithStatements;
  statements: EventWithStatements["statements"];
  columns: StatementColumnInfo[];
  comparison: Comparison;
  /** Claims only one party reported among the parties' own statements (null: no news report shown). */
  partyOnly: Map<string, string[]> | null;
  annotations: AnnotationView[];
  /** Set for an export of the pairwise view. */
  pairwise: PairwiseDiff | null;
  view: EventViewState["view"];
  /** The exchange the comparison is focused on (its title), or null for every exchange. */
  exchangeTitle: string | null;
  exportedAt: Date;
}

export function buildExportModel(
  event: EventWithStatements,
  state: Pick<EventViewState, "shown" | "base" | "threshold" | "view" | "a" | "b" | "exchange">,
  annotations: AnnotationView[],
  exportedAt = new Date(),
): ExportModel {
  const { statements, comparison } = compareShown(event, state);
  const shownIds = new Set(statements.map((s) => s.id));
  const pairIds = new Set(event.statements.filter((s) => s.slug === state.a || s.slug === state.b).map((s) => s.id));
  const columns = columnInfos(statements, event.statements);
  return {
    event,
    statements,
    columns,
    comparison,
    partyOnly: partyOnlyRows(comparison.rows, columns),
    // A pairwise export holds the pair only: the annotations of its two statements, no others.
    annotations: annotations.filter((a) => (state.view === "pairwise" ? pairIds.has(a.statementId) : shownIds.has(a.statementId))),
    pairwise: state.view === "pairwise" ? pairwiseDiff(event.statements, state.a, state.b, comparison) : null,
    view: state.view,
    exchangeTitle: event.exchanges.find((x) => x.slug === state.exchange)?.title ?? null,
    exportedAt,
  };
}

/** `<event-slug>-<view>-<YYYY-MM-DD>.<ext>`, the date being the export's. */
export function exportFilename(model: ExportModel, extension: string, suffix = ""): string {
  return `${model.event.slug}-${model.view}${suffix}-${model.exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** The label of a statement id in this export. */
export function labelOf(model: ExportModel, statementId: string): string {
  return model.columns.find((c) => c.id === statementId)?.label ?? statementId;
}

/** One "who reported what" list of the Markdown and HTML exports: its heading (label escaped by the format) and rows. */
export interface CoverageSection {
  heading: string;
  rows: AlignedRow[];
}

/**
 * Per statement: the claims only it reported, the claims it left out and, beside news reports, the claims no other
 * party reported. `escape` is the format's escaping for the statement label.
 */
export function coverageSections(model: ExportModel, escape: (text: string) => string): CoverageSection[] {
  const rowsById = new Map(model.comparison.rows.map((row) => [row.id, row]));
  const rows = (ids: string[]) => ids.map((id) => rowsById.get(id)!);
  return model.comparison.coverage.flatMap((entry) => {
    const label = escape(labelOf(model, entry.statementId));
    const partyOnly = model.partyOnly?.get(entry.statementId);
    return [
      { heading: `Only reported by ${label} (${entry.uniqueRowIds.length})`, rows: rows(entry.uniqueRowIds) },
      { heading: `Not reported by ${label} (${entry.missingRowIds.length})`, rows: rows(entry.missingRowIds) },
      ...(partyOnly
        ? [{ heading: `Reported by ${label} and no other party, news reports set aside (${partyOnly.length})`, rows: rows(partyOnly) }]
        : []),
    ];
  });
}

/**
 * What an empty cell says in an export, as on the page: a gap ("not reported by X") only for a statement of the
 * claim's exchange; "other exchange" for one that reports another; "background" when only a secondary source holds it.
 */
export function emptyCellText(row: AlignedRow, column: StatementColumnInfo): string {
  const restated = row.restatements?.find((r) => r.statementId === column.id);
  if (restated) return `said in other words: “${restated.text}”`;
  if (row.notReportedBy.includes(column.id)) return `not reported by ${column.label}`;
  return row.otherExchangeBy.includes(column.id) ? "other exchange" : "background (secondary source only)";
}

/** "corrected by X on 30 November 2026" for a row editors corrected (lib/view/correction-credit.ts), else null. */
export function rowCorrectionNote(row: AlignedRow): string | null {
  return row.corrections?.length ? correctionCredit(row.corrections) : null;
}

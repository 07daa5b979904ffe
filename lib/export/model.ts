import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import type { Comparison } from "../compare/types";
import { columnInfo, type StatementColumnInfo } from "../view/columns";
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
  exportedAt: Date;
}

export function buildExportModel(
  event: EventWithStatements,
  state: Pick<EventViewState, "shown" | "base" | "threshold" | "view" | "a" | "b">,
  annotations: AnnotationView[],
  exportedAt = new Date(),
): ExportModel {
  const { statements, comparison } = compareShown(event.statements, state);
  const shownIds = new Set(statements.map((s) => s.id));
  const columns = statements.map(columnInfo);
  return {
    event,
    statements,
    columns,
    comparison,
    partyOnly: partyOnlyRows(comparison.rows, columns),
    annotations: annotations.filter((a) => shownIds.has(a.statementId)),
    pairwise: state.view === "pairwise" ? pairwiseDiff(event.statements, state.a, state.b, comparison) : null,
    view: state.view,
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

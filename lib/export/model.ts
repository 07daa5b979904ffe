import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import type { AlignedRow, Comparison } from "../compare/types";
import { correctionCredit } from "../view/correction-credit";
import { columnInfos, type StatementColumnInfo } from "../view/columns";
import { emptyCellKind, NOT_IN_REPORT_TEXT, OTHER_LANGUAGE_TEXT } from "../view/empty-cell";
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
  /** The view's own choices: the aligned view's row filter, the Coverage view's filter and sort, the quote verdict. */
  filter: EventViewState["filter"];
  coverage: EventViewState["coverage"];
  verdict: EventViewState["verdict"];
  /** The absolute URL of the exact view exported (printed on the first page), or null when not known. */
  permalink: string | null;
  exportedAt: Date;
}

const NO_COVERAGE_FILTER: EventViewState["coverage"] = { only: null, all: false, sort: "order" };

export function buildExportModel(
  event: EventWithStatements,
  state: Pick<EventViewState, "shown" | "base" | "threshold" | "view" | "a" | "b" | "exchange"> &
    Partial<Pick<EventViewState, "filter" | "coverage" | "verdict" | "typography">>,
  annotations: AnnotationView[],
  exportedAt = new Date(),
  permalink: string | null = null,
): ExportModel {
  const { statements: shown, comparison } = compareShown(event, state);
  // A pairwise export holds the pair only: its two statements (from, to), whether shown or not, and nothing else.
  const pair = [state.a, state.b].flatMap((slug) => event.statements.filter((s) => s.slug === slug));
  const statements = state.view === "pairwise" ? pair : shown;
  const shownIds = new Set(statements.map((s) => s.id));
  const columns = columnInfos(statements, event.statements);
  return {
    event,
    statements,
    columns,
    comparison,
    partyOnly: partyOnlyRows(comparison.rows, columns),
    annotations: annotations.filter((a) => shownIds.has(a.statementId)),
    pairwise: state.view === "pairwise" ? pairwiseDiff(event.statements, state.a, state.b, comparison, state.typography === true) : null,
    view: state.view,
    exchangeTitle: event.exchanges.find((x) => x.slug === state.exchange)?.title ?? null,
    filter: state.view === "aligned" ? (state.filter ?? null) : null,
    coverage: state.coverage ?? NO_COVERAGE_FILTER,
    verdict: state.view === "quotes" ? (state.verdict ?? null) : null,
    permalink,
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

/**
 * What an empty cell says in an export, as on the page (lib/view/empty-cell.ts): a gap ("not reported by X") only for
 * a primary statement of the claim's exchange; "not in this report" for a secondary source (a reference) without the
 * claim; "other exchange" for one that reports another; "other language: not compared" for one in another language; "background" when only a secondary source holds it;
 * "" (an empty cell) in a row that states nothing ("***", a bare "1."; lib/view/claim-rows.ts).
 */
export function emptyCellText(row: AlignedRow, column: StatementColumnInfo): string {
  const restated = row.restatements?.find((r) => r.statementId === column.id);
  if (restated) return `said in other words: “${restated.text}”`;
  const kind = emptyCellKind(row, column);
  if (kind === "no_claim") return "";
  if (kind === "gap") return `not reported by ${column.label}`;
  if (kind === "not_in_report") return NOT_IN_REPORT_TEXT;
  if (kind === "other_language") return OTHER_LANGUAGE_TEXT;
  return kind === "other_exchange" ? "other exchange" : "background (secondary source only)";
}

/** "corrected by X on 30 November 2026" for a row editors corrected (lib/view/correction-credit.ts), else null. */
export function rowCorrectionNote(row: AlignedRow): string | null {
  return row.corrections?.length ? correctionCredit(row.corrections) : null;
}

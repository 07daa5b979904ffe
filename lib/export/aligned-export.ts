import type { AlignedRow } from "../compare/types";
import { claimCount, isClaimRow } from "../view/claim-rows";
import type { EventViewState } from "../view/event-view-state";
import { exchangeSummaries, type ExchangeSummary } from "../view/exchange-summary";
import type { ExportModel } from "./model";

/** What the aligned view shows, as data: the summary on top, then its rows, background rows apart. */
export interface AlignedExport {
  /** Per exchange and party: what only it said and what it left out (the view's summary above the table). */
  summaries: ExchangeSummary[];
  /**
   * The claims a primary statement holds, under the view's filter; unfiltered, rows that state nothing ("***", a bare
   * "1.": lib/view/claim-rows.ts) stay in place as the text's layout, and are never counted.
   */
  rows: AlignedRow[];
  /**
   * Claims only a secondary source holds (collapsed under one line in the view), under the view's filter. A news
   * report's separator line is no claim and no background: it is left out here.
   */
  background: AlignedRow[];
  /** "Showing 3 claims only Armenia PMO reported." when the view is filtered; null otherwise. */
  filterText: string | null;
}

/** The aligned view's summary and rows under its filter (`state.filter`: unique, missing or party-only rows). */
export function alignedExport(model: ExportModel, filter: EventViewState["filter"]): AlignedExport {
  const { comparison } = model;
  const coverage = filter && comparison.coverage.find((c) => c.statementId === filter.statement);
  const wanted =
    filter && coverage
      ? new Set({ unique: coverage.uniqueRowIds, missing: coverage.missingRowIds, "party-only": model.partyOnly?.get(filter.statement) ?? [] }[filter.kind])
      : null;
  const filtered = wanted ? comparison.rows.filter((row) => wanted.has(row.id)) : comparison.rows;
  const rows = filtered.filter((row) => !row.secondaryOnly);
  const shown = claimCount(rows);
  const label = filter && (model.columns.find((c) => c.id === filter.statement)?.label ?? filter.statement);
  const what =
    filter &&
    {
      unique: `only ${label} reported`,
      missing: `${label} did not report`,
      "party-only": `${label} reported and no other party did (news reports set aside)`,
    }[filter.kind];
  return {
    summaries: exchangeSummaries(comparison, model.columns, model.event),
    rows,
    background: filtered.filter((row) => row.secondaryOnly && isClaimRow(row)),
    filterText: filter ? `Showing ${shown} ${shown === 1 ? "claim" : "claims"} ${what}.` : null,
  };
}

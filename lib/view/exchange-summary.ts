import type { AlignedRow, Comparison } from "../compare/types";
import type { EventWithStatements } from "../data/events";
import type { StatementColumnInfo } from "./columns";

/** One claim as a short line for the summary, linking to its row. */
export interface ClaimLine {
  rowId: string;
  text: string;
  /** Where the line links to; absent: `#rowId` on this page. */
  href?: string;
}

export interface PartySummary {
  party: string;
  name: string;
  label: string;
  color: string;
  participant: boolean;
  /** Labels of its statements about the exchange; empty: it published none here. */
  statementLabels: string[];
  onlyIt: ClaimLine[];
  leftOut: ClaimLine[];
  /** Counts when the lists above were cut (lib/view/summary-bound.ts); absent: the lists' lengths. */
  onlyItTotal?: number;
  leftOutTotal?: number;
}

export interface ExchangeSummary {
  exchangeId: string;
  title: string;
  kind: string;
  claimCount: number;
  backgroundCount: number;
  /** Labels of the secondary sources that hold the background, for "… only in the news report". */
  backgroundSources: string[];
  parties: PartySummary[];
}

const MAX_LINE = 110;

/** A claim line: the row's text in the given statement's words (else the first cell's), cut at a word near MAX_LINE. */
export function claimLine(row: AlignedRow, preferred: readonly string[] = []): ClaimLine {
  const cell = row.cells.find((c) => preferred.includes(c.statementId)) ?? row.cells[0];
  const flat = (cell?.text ?? "").replace(/\s+/g, " ").trim();
  const text = flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE).replace(/\s+\S*$/, "")}…` : flat;
  return { rowId: row.id, text };
}

/**
 * The "who said what" summary per exchange: its claim and background counts, and per party the claims only it said
 * and those it left out that another party of the exchange said, as short lines (issue 10).
 */
export function exchangeSummaries(
  comparison: Comparison,
  columns: readonly StatementColumnInfo[],
  event: Pick<EventWithStatements, "exchanges" | "statements">,
  /**
   * Lines built per party and list (the counts always cover all, in `onlyItTotal`/`leftOutTotal`). The page shows
   * 10 (lib/view/summary-bound.ts): building the thousands of lines of a 10 × 200 KB event cost ~180 ms a request.
   */
  maxLines = Infinity,
): ExchangeSummary[] {
  const rows = new Map(comparison.rows.map((row) => [row.id, row]));
  const labelOf = new Map(columns.map((c) => [c.id, c.label]));
  const partyInfo = new Map<string, { name: string; shortName: string; color: string }>();
  for (const party of [...event.statements.map((s) => s.party), ...event.exchanges.flatMap((x) => x.participants.map((p) => p.party))]) {
    if (!partyInfo.has(party.slug)) partyInfo.set(party.slug, party);
  }
  return comparison.exchanges.map((coverage) => {
    const stored = event.exchanges.find((x) => x.slug === coverage.exchangeId);
    const backgroundSources = [
      ...new Set(coverage.backgroundRowIds.flatMap((id) => rows.get(id)!.reportedBy).map((id) => labelOf.get(id) ?? id)),
    ];
    return {
      exchangeId: coverage.exchangeId,
      title: stored?.title ?? coverage.label,
      kind: stored?.kind ?? "other",
      claimCount: coverage.rowIds.length,
      backgroundCount: coverage.backgroundRowIds.length,
      backgroundSources,
      parties: coverage.parties.map((party) => {
        const info = partyInfo.get(party.party);
        return {
          party: party.party,
          name: info?.name ?? party.party,
          label: info?.shortName ?? party.party,
          color: info?.color ?? "#64748b",
          participant: party.participant,
          statementLabels: party.statementIds.map((id) => labelOf.get(id) ?? id),
          onlyIt: party.onlyItRowIds.slice(0, maxLines).map((id) => claimLine(rows.get(id)!, party.statementIds)),
          leftOut: party.leftOutRowIds.slice(0, maxLines).map((id) => claimLine(rows.get(id)!)),
          onlyItTotal: party.onlyItRowIds.length,
          leftOutTotal: party.leftOutRowIds.length,
        };
      }),
    };
  });
}

import Link from "next/link";
import type { CorrectionProblem } from "@/lib/compare/corrections";
import type { Comparison } from "@/lib/compare/types";
import type { AnnotationView } from "@/lib/data/annotations";
import type { StatementWithParty } from "@/lib/data/events";
import type { StatementColumnInfo } from "@/lib/view/columns";
import type { CorrectionEditing } from "@/lib/view/correction-menu";
import type { EventViewState } from "@/lib/view/event-view-state";
import type { ExchangeSummary as Summary } from "@/lib/view/exchange-summary";
import { distantPairsNotes } from "@/lib/view/distant-pairs-note";
import { claimCount, isClaimRow } from "@/lib/view/claim-rows";
import { showFullTextsInline } from "@/lib/view/full-texts";
import { pageOf } from "@/lib/view/row-page";
import { partyOnlyRows } from "@/lib/view/party-only-rows";
import { AlignedTable } from "../aligned/AlignedTable";
import { CorrectionProblems } from "../aligned/CorrectionProblems";
import { CoverageSummary } from "../aligned/CoverageSummary";
import { ExchangeSummary } from "../aligned/ExchangeSummary";
import { ChangeNavigator } from "../pairwise/ChangeNavigator";
import { StatementColumn } from "../StatementColumn";
import { PageLinks } from "./PageLinks";

interface AlignedViewProps {
  comparison: Comparison;
  columns: StatementColumnInfo[];
  statements: StatementWithParty[];
  filter: EventViewState["filter"];
  filterHref: (filter: EventViewState["filter"]) => string;
  /** Search words to mark in the full statements. */
  highlight?: string;
  /** Fact-check annotations by statement slug. */
  annotations: Map<string, AnnotationView[]>;
  /** Per exchange: who said what only they said, and what each left out. */
  summaries: Summary[];
  /** Editors' corrections that no longer apply (orphaned or skipped), shown to every reader. */
  correctionProblems?: CorrectionProblem[];
  /** Set for a signed-in editor: the rows get correction menus. */
  editing?: CorrectionEditing | null;
  /** The page of rows shown (1-based; lib/view/row-page.ts) and the link to another. The summary counts all rows. */
  page?: number;
  pageHref?: (page: number) => string;
}

/** The default view: coverage summary, the claims aligned across statements, then the full texts. */
export function AlignedView({ comparison, columns, statements, filter, filterHref, highlight, annotations, summaries, correctionProblems = [], editing = null, page = 1, pageHref }: AlignedViewProps) {
  const byIndex = new Map(comparison.rows.map((row) => [row.index, row]));
  const nextRow = (row: Comparison["rows"][number]) => byIndex.get(row.index + 1);
  const partyOnly = partyOnlyRows(comparison.rows, columns);
  const coverage = filter && comparison.coverage.find((c) => c.statementId === filter.statement);
  const wantedIds =
    filter && coverage
      ? { unique: coverage.uniqueRowIds, missing: coverage.missingRowIds, "party-only": partyOnly?.get(filter.statement) ?? [] }[filter.kind]
      : null;
  const wanted = wantedIds && new Set(wantedIds);
  const allFiltered = wanted ? comparison.rows.filter((row) => wanted.has(row.id)) : comparison.rows;
  const rowPage = pageOf(allFiltered, page);
  const filtered = rowPage.items;
  // Claims only a secondary source holds are background: collapsed under one line, never gaps. A row that states
  // nothing ("***", a bare "1."; lib/view/claim-rows.ts) stays in place among the rows as the text's layout, but is
  // no claim: the navigator skips it, and a news report's separator is no background either.
  const rows = filtered.filter((row) => !row.secondaryOnly);
  const claimIds = rows.filter(isClaimRow).map((row) => row.id);
  const background = filtered.filter((row) => row.secondaryOnly && isClaimRow(row));
  const shownClaims = claimCount(allFiltered);
  const backgroundSources = [...new Set(background.flatMap((row) => row.reportedBy))].map((id) => columns.find((c) => c.id === id)?.label ?? id);
  const filterLabel = filter && columns.find((c) => c.id === filter.statement)?.label;
  const distantNotes = distantPairsNotes(comparison.distantPairs, (id) => columns.find((c) => c.id === id)?.label ?? id);
  const filterText = filter && {
    unique: `only ${filterLabel} reported`,
    missing: `${filterLabel} did not report`,
    "party-only": `${filterLabel} reported and no other party did (news reports set aside)`,
  }[filter.kind];
  const emptyMessage = filter && {
    unique: `No claim is reported only by ${filterLabel}.`,
    // A secondary source leaves nothing out (a hand-written filter=missing:… URL): say so, not "reported every claim".
    missing:
      columns.find((c) => c.id === filter.statement)?.role === "secondary"
        ? `${filterLabel} is a secondary source, a reference: it leaves nothing out.`
        : `${filterLabel} reported every claim.`,
    "party-only": `Every claim ${filterLabel} reported was also reported by another party.`,
  }[filter.kind];

  return (
    <div className="space-y-6">
      <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="summary-heading" className="mb-2 text-base font-semibold">
          Who reported what
        </h2>
        <ExchangeSummary summaries={summaries} />
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Counts per statement</summary>
          <div className="mt-2">
            <CoverageSummary
              coverage={comparison.coverage}
              columns={columns}
              totalRows={claimCount(comparison.rows)}
              filterHref={(kind, statement) => filterHref({ kind, statement })}
              partyOnly={null}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="aligned-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="aligned-heading" className="text-lg font-semibold">
            Claims aligned across statements
          </h2>
          {claimIds.length > 0 && (
            <div className="no-print">
              <ChangeNavigator count={claimIds.length} idPrefix="" ids={claimIds} noun="claim" />
            </div>
          )}
          {filter && (
            <p role="status" className="w-full text-sm text-slate-800">
              Showing {shownClaims} {shownClaims === 1 ? "claim" : "claims"} {filterText}.{" "}
              <Link href={filterHref(null)} className="font-medium text-blue-800 underline">
                Show all claims
              </Link>
            </p>
          )}
        </div>
        {distantNotes.length > 0 && (
          <ul data-testid="distant-pairs" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
            {distantNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <CorrectionProblems problems={correctionProblems} labels={new Map(columns.map((c) => [c.id, c.label]))} editing={editing} />
        {pageHref && <PageLinks page={rowPage} href={pageHref} noun="rows" label="Pages of claims" />}
        <AlignedTable
          rows={rows}
          columns={columns}
          annotations={annotations}
          editing={editing}
          nextRow={nextRow}
          navigable
          emptyMessage={emptyMessage ?? (background.length ? "Only background: no primary statement holds these claims." : "No claims were found in these statements.")}
        />
        {pageHref && <PageLinks page={rowPage} href={pageHref} noun="rows" label="Pages of claims (end of page)" />}
        {background.length > 0 && (
          <details className="rounded-lg border border-slate-200 bg-slate-50" data-testid="background-rows">
            <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-800">
              {background.length} background {background.length === 1 ? "sentence" : "sentences"} only in {backgroundSources.join(", ")}
            </summary>
            <div className="p-2">
              <AlignedTable rows={background} columns={columns} annotations={annotations} emptyMessage="" testId="background-table" editing={editing} nextRow={nextRow} />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading" className="text-lg font-semibold">
          Full statements
        </h2>
        {!showFullTextsInline(statements) ? (
          <ul className="mt-3 list-disc pl-6 text-sm" data-testid="full-statement-links">
            {statements.map((statement) => (
              <li key={statement.id}>
                <Link href={`/statements/${statement.id}`} className="text-blue-800 underline">
                  {statement.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <div className="mt-3 overflow-x-auto pb-2">
            {/* items-start: each card is as tall as its own text, not as the longest one. */}
            <div className="grid items-start gap-4" style={{ gridTemplateColumns: `repeat(${statements.length}, minmax(17rem, 1fr))` }}>
              {statements.map((statement) => (
                <StatementColumn key={statement.id} statement={statement} highlight={highlight} annotations={annotations.get(statement.slug)} />
              ))}
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

import Link from "next/link";
import type { StatementCoverage } from "@/lib/compare/types";
import type { StatementColumnInfo } from "@/lib/view/columns";
import type { AlignedFilterKind } from "@/lib/view/event-view-state";
import { PartyChip } from "../PartyChip";

interface CoverageSummaryProps {
  coverage: StatementCoverage[];
  columns: StatementColumnInfo[];
  totalRows: number;
  /** Link to the aligned view filtered to one statement's unique, missing or party-only claims. */
  filterHref: (kind: AlignedFilterKind, statementId: string) => string;
  /** Claims only this party reported among the parties' own statements (null: no news report shown). */
  partyOnly: Map<string, string[]> | null;
}

/** Per party: how many claims only it reported and how many it left out, each a link to those rows. */
export function CoverageSummary({ coverage, columns, totalRows, filterHref, partyOnly }: CoverageSummaryProps) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="coverage-summary">
        <caption className="mb-2 text-left text-sm text-slate-700">
          {totalRows} claims in all. Click a number to see those claims.
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="py-1.5 pr-4 font-semibold">
              Party
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Reported
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Only it reported
            </th>
            {partyOnly && (
              <th scope="col" className="px-3 py-1.5 text-right font-semibold">
                Only it among the parties
                <span className="block text-xs font-normal text-slate-600">news reports set aside</span>
              </th>
            )}
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Left out (others reported)
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const entry = coverage.find((c) => c.statementId === column.id);
            if (!entry) return null;
            const countLink = (kind: AlignedFilterKind, count: number, label: string) =>
              count === 0 ? (
                <span className="text-slate-600">0</span>
              ) : (
                <Link
                  href={filterHref(kind, column.id)}
                  className="font-semibold text-blue-800 underline underline-offset-2"
                  aria-label={label}
                >
                  {count}
                </Link>
              );
            return (
              <tr key={column.id} className="border-b border-slate-200">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                  <PartyChip name={column.partyName} label={column.label} color={column.color} />
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">{entry.reportedRowIds.length}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{countLink("unique", entry.uniqueRowIds.length, `${entry.uniqueRowIds.length} claims only reported by ${column.label}`)}</td>
                {partyOnly && (
                  <td className="px-3 py-1.5 text-right tabular-nums" data-testid="party-only-count">
                    {partyOnly.has(column.id) ? (
                      countLink("party-only", partyOnly.get(column.id)!.length, `${partyOnly.get(column.id)!.length} claims ${column.label} reported and no other party did`)
                    ) : (
                      <span className="text-slate-600" title="A news report: not a party">
                        n/a
                      </span>
                    )}
                  </td>
                )}
                <td className="px-3 py-1.5 text-right tabular-nums">
                  {column.role === "secondary" ? (
                    // A reference leaves nothing out (its missingRowIds is empty): "n/a", not a count of 0 that reads as complete.
                    <span className="text-slate-600" title="A secondary source: a reference, it leaves nothing out" data-testid="left-out-na">
                      n/a
                    </span>
                  ) : (
                    countLink("missing", entry.missingRowIds.length, `${entry.missingRowIds.length} claims not reported by ${column.label}`)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import type { StatementCoverage } from "@/lib/compare/types";
import type { StatementColumnInfo } from "@/lib/view/columns";
import { PartyChip } from "../PartyChip";

interface CoverageSummaryProps {
  coverage: StatementCoverage[];
  columns: StatementColumnInfo[];
  totalRows: number;
  /** Link to the aligned view filtered to one statement's unique or missing claims. */
  filterHref: (kind: "unique" | "missing", statementId: string) => string;
}

/** Per party: how many claims only it reported and how many it left out, each a link to those rows. */
export function CoverageSummary({ coverage, columns, totalRows, filterHref }: CoverageSummaryProps) {
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
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Left out (others reported)
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const entry = coverage.find((c) => c.statementId === column.id);
            if (!entry) return null;
            const countLink = (kind: "unique" | "missing", count: number, what: string) =>
              count === 0 ? (
                <span className="text-slate-600">0</span>
              ) : (
                <Link
                  href={filterHref(kind, column.id)}
                  className="font-semibold text-blue-800 underline underline-offset-2"
                  aria-label={`${count} claims ${what} ${column.label}`}
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
                <td className="px-3 py-1.5 text-right tabular-nums">{countLink("unique", entry.uniqueRowIds.length, "only reported by")}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{countLink("missing", entry.missingRowIds.length, "not reported by")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { StatementColumnInfo } from "@/lib/view/columns";
import type { MatrixLine } from "@/lib/view/coverage-matrix";
import { NOT_IN_REPORT_TEXT, OTHER_LANGUAGE_TEXT } from "@/lib/view/empty-cell";
import { PartyChip } from "../PartyChip";

interface CoverageMatrixProps {
  title: string;
  lines: MatrixLine[];
  /** Lines in all when `lines` is one page of them (the caption counts all). */
  total?: number;
  columns: StatementColumnInfo[];
  /** Where each line links to (e.g. the claim in the aligned view); none when absent. */
  lineHref?: (line: MatrixLine) => string;
  testId: string;
}

/**
 * Lines (claims or names) × statements, ✓ where the statement reports it and — where it does not; a secondary
 * source's column (a reference) shows a quiet · "not in this report" instead of —. A page holds up
 * to 100 lines per matrix × the statements, so the cells carry one short class each (styled in app/globals.css).
 */
export function CoverageMatrix({ title, lines, total = lines.length, columns, lineHref, testId }: CoverageMatrixProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm" data-testid={testId}>
        <caption className="border-b border-slate-200 px-3 py-2 text-left font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-600">
            ({total}
            {lines.length < total ? `; ${lines.length} on this page` : ""})
          </span>
        </caption>
        {/* Fixed party columns, so every matrix on the page lines up. */}
        <colgroup>
          <col />
          {columns.map((column) => (
            <col key={column.id} className="w-32" />
          ))}
        </colgroup>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">
              {title}
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="px-2 py-2 text-center font-semibold">
                <PartyChip name={column.partyName} label={column.label} color={column.color} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 && (
            <tr>
              <td colSpan={columns.length + 1} className="px-3 py-6 text-center text-slate-600">
                Nothing matches this filter.
              </td>
            </tr>
          )}
          {lines.map((line) => (
            <tr key={line.id} className="border-t border-slate-200" data-testid={`${testId}-line`}>
              <th scope="row" className="coverage-line">
                {lineHref ? (
                  <a href={lineHref(line)} className="hover:underline">
                    {line.label}
                  </a>
                ) : (
                  line.label
                )}
              </th>
              {columns.map((column) => {
                const reported = line.reportedBy.includes(column.id);
                if (!reported && line.otherLanguageBy?.includes(column.id)) {
                  // Another language than the claim's cells: not compared, so no gap either.
                  return (
                    <td key={column.id} className="coverage-quiet" aria-label={`${OTHER_LANGUAGE_TEXT} (${column.label})`}>
                      ≠
                    </td>
                  );
                }
                if (!reported && column.role === "secondary") {
                  // A secondary source (a reference column) leaves nothing out: quiet, as in the aligned view.
                  return (
                    <td key={column.id} className="coverage-quiet" aria-label={`${NOT_IN_REPORT_TEXT} (${column.label})`}>
                      ·
                    </td>
                  );
                }
                return (
                  // The cell itself is named (a cell may carry a name; a plain span may not): one element a cell.
                  <td key={column.id} className={reported ? "coverage-yes" : "coverage-no"} aria-label={`${reported ? "reported" : "not reported"} by ${column.label}`}>
                    {reported ? "✓" : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

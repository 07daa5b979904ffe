import { matchLabel } from "@/lib/view/match-label";
import type { AlignedRow } from "@/lib/compare/types";
import { isClaimRow, NO_CLAIM_ROW_TEXT } from "@/lib/view/claim-rows";
import { correctionCredit, CORRECTION_LABELS } from "@/lib/view/correction-credit";
import { rowMenu, segmentRef, type CorrectionEditing } from "@/lib/view/correction-menu";
import type { AnnotationView } from "@/lib/data/annotations";
import type { StatementColumnInfo } from "@/lib/view/columns";
import { emptyCellKind } from "@/lib/view/empty-cell";
import { PartyChip } from "../PartyChip";
import { AlignedCellText } from "./AlignedCellText";
import { annotationsInSpans, CellAnnotations } from "./CellAnnotations";
import { NotReportedCell } from "./NotReportedCell";
import { QuietCell } from "./QuietCell";
import { RestatedCell } from "./RestatedCell";
import { RowCorrectionMenu } from "./RowCorrectionMenu";

interface AlignedTableProps {
  rows: AlignedRow[];
  columns: StatementColumnInfo[];
  /** Text shown when a filter leaves no rows. */
  emptyMessage: string;
  /** Fact-check annotations by statement id (slug), shown in the cells they fall in. */
  annotations?: Map<string, AnnotationView[]>;
  testId?: string;
  /**
   * Claim rows get `data-change={n}` (1-based, counting claims only) so a ChangeNavigator over their ids can step
   * through them (j/k); a row that states nothing (lib/view/claim-rows.ts) gets none.
   */
  navigable?: boolean;
  /** Signed-in editors get a correction menu per row; null for readers. */
  editing?: CorrectionEditing | null;
  /** The row after this one in the whole comparison (what "join with the next row" joins). */
  nextRow?: (row: AlignedRow) => AlignedRow | undefined;
}

/**
 * The attributes that have a value. An attribute passed as undefined is still written into the RSC payload
 * (`"name":"$undefined"`), once per row or cell: on a page of 1,000 cells that is tens of kilobytes.
 */
function definedOnly<T extends Record<string, string | number | undefined>>(attributes: T): Partial<T> {
  const defined: Partial<T> = {};
  for (const key of Object.keys(attributes) as (keyof T)[]) if (attributes[key] !== undefined) defined[key] = attributes[key];
  return defined;
}

/** A cell without the claim: a gap only for a primary statement of the claim's exchange, otherwise quiet. */
function EmptyCell({ row, column }: { row: AlignedRow; column: StatementColumnInfo }) {
  const kind = emptyCellKind(row, column);
  return kind === "gap" ? <NotReportedCell label={column.label} /> : <QuietCell reason={kind} />;
}

/**
 * One row per claim, one column per statement; gaps say who did not report the claim — only statements of the
 * claim's exchange can have one. Statements of another exchange read "other exchange"; background rows (only a
 * secondary source holds them) have quiet cells. Secondary sources are reference columns: where one lacks the claim
 * its cell quietly reads "not in this report", never a gap.
 */
export function AlignedTable({ rows, columns, emptyMessage, annotations, testId = "aligned-table", navigable = false, editing = null, nextRow }: AlignedTableProps) {
  // The row-number column holds the correction credit and the editors' menu when there are any.
  const wideNumbers = editing !== null || rows.some((row) => row.corrections);
  const labelOf = new Map(columns.map((c) => [c.id, c.label]));
  // The navigator's step of each claim row: rows that state nothing are skipped.
  const claimSteps = new Map(rows.filter(isClaimRow).map((row, i) => [row.id, i + 1]));
  // The header row is sticky. A sideways-scrolling frame would become the header's scroll container and stop it
  // following the page, so on wide screens the frame does not scroll (the table fits); on narrow ones the frame
  // scrolls both ways within the viewport's height, and the header sticks to the frame's top.
  return (
    <div
      className="max-h-[85vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:max-h-none lg:overflow-visible"
      data-testid={testId}
    >
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-left lg:min-w-0">
        <caption className="sr-only">
          Claims aligned across statements. Marked words differ from the row’s anchor wording: underlined words were
          added, struck-through words were left out.
        </caption>
        <colgroup>
          <col className={wideNumbers ? "w-28" : "w-12"} />
          {columns.map((column) => (
            <col key={column.id} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-white shadow-[0_1px_0_0_var(--color-slate-300)]" data-testid="aligned-header">
          <tr>
            <th scope="col" className="px-2 py-3 text-xs font-semibold text-slate-600">
              #
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={`px-3 py-3 align-bottom text-sm ${column.role === "secondary" ? "bg-slate-50" : ""}`}
                style={{ borderTop: `4px solid ${column.color}` }}
              >
                <PartyChip name={column.partyName} label={column.label} color={column.color} />
                {column.role === "secondary" && <span className="block text-xs font-normal italic text-slate-600">reference (secondary source)</span>}
                <span className="mt-0.5 block text-xs font-normal text-slate-600">{column.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 1} className="px-4 py-8 text-center text-slate-600">
                {emptyMessage}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const claim = isClaimRow(row);
            const anchorId = row.diffs[0]?.fromStatementId ?? row.cells[0]?.statementId;
            const match = matchLabel(row.match);
            const menu = editing ? rowMenu(row, nextRow?.(row), editing) : null;
            return (
              <tr
                key={row.id}
                id={row.id}
                data-testid="aligned-row"
                {...definedOnly({
                  "data-first-ref": menu?.firstRef,
                  "data-corrected": row.corrections ? "" : undefined,
                  "data-match": row.match?.strength,
                  "data-change": navigable ? claimSteps.get(row.id) : undefined,
                  "data-no-claim": claim ? undefined : "",
                  tabIndex: navigable ? -1 : undefined,
                })}
                className={`aligned-row border-t align-top ${match?.weak ? "border-dashed border-amber-300 bg-amber-50/40" : "border-slate-200"}`}
              >
                <th scope="row" className="aligned-row-head" {...definedOnly({ title: match?.title })}>
                  <a href={`#${row.id}`} className="hover:underline" aria-label={claim ? `Claim ${row.index + 1}` : `Row ${row.index + 1}: ${NO_CLAIM_ROW_TEXT}`}>
                    {row.index + 1}
                  </a>
                  {match?.badge && <span className="mt-1 block text-[10px] font-normal text-amber-800">{match.badge}</span>}
                  {/* The hover title is out of reach of keyboards and screen readers: the same words, read aloud. */}
                  {match && <span className="sr-only">{match.spoken}</span>}
                  {row.corrections && (
                    <span
                      data-testid="row-credit"
                      className="mt-1 block text-[10px] font-normal leading-tight text-violet-900"
                      title={row.corrections.map((c) => CORRECTION_LABELS[c.kind]).join(", ")}
                    >
                      {correctionCredit(row.corrections)}
                    </span>
                  )}
                  {menu && <RowCorrectionMenu menu={menu} />}
                </th>
                {columns.map((column) => {
                  const cell = row.cells.find((c) => c.statementId === column.id);
                  const restated = cell ? undefined : row.restatements?.find((r) => r.statementId === column.id);
                  return (
                    <td
                      key={column.id}
                      {...(editing && cell ? definedOnly({ "data-statement": column.id, "data-cell-ref": segmentRef(editing, column.id, cell.spans[0]) ?? undefined }) : {})}
                      className={column.role === "secondary" ? "aligned-cell bg-slate-50" : "aligned-cell"}
                      lang={column.language}
                    >
                      {cell ? (
                        <>
                          <AlignedCellText
                            cell={cell}
                            diff={row.diffs.find((d) => d.toStatementId === column.id)}
                            anchorLabel={labelOf.get(anchorId) ?? anchorId}
                            soleReporterLabel={row.soleReporter === column.id ? column.label : undefined}
                            soleReporterAlsoIn={row.soleReporter === column.id ? row.reportedBy.filter((id) => id !== column.id).map((id) => labelOf.get(id) ?? id) : undefined}
                            annotations={annotations?.get(column.id)}
                          />
                          <CellAnnotations annotations={annotationsInSpans(annotations?.get(column.id) ?? [], cell.spans)} />
                        </>
                      ) : restated ? (
                        <RestatedCell text={restated.text} label={column.label} />
                      ) : (
                        <EmptyCell row={row} column={column} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { SplitRow } from "@/lib/view/change-blocks";
import { DiffPieces } from "./DiffPieces";

interface SplitDiffProps {
  rows: SplitRow[];
  leftLabel: React.ReactNode;
  rightLabel: React.ReactNode;
  /** Ids of the change targets on each side (the right side's are the ones the change list links to). */
  leftIdPrefix: string;
  rightIdPrefix: string;
}

const cell = "min-w-0 whitespace-pre-wrap break-words px-4 py-2 font-serif leading-relaxed";

/**
 * The two texts side by side in one scrolling frame, row by row: each row holds the passages between two paragraph
 * breaks both texts share, so corresponding passages stay level however much either side adds or drops.
 */
export function SplitDiff({ rows, leftLabel, rightLabel, leftIdPrefix, rightIdPrefix }: SplitDiffProps) {
  // Each change's first piece on a side is its jump target, wherever its row is: DiffPieces needs the whole side.
  const firstOnLeft = new Set<number>();
  const firstOnRight = new Set<number>();
  return (
    <div
      data-testid="split-diff"
      className="max-h-[75vh] overflow-y-auto rounded-lg border border-slate-200 bg-white print:max-h-none print:overflow-visible"
    >
      <div className="sticky top-0 z-10 hidden grid-cols-2 border-b border-slate-200 bg-slate-50 text-sm md:grid" aria-hidden="true">
        <div className="px-4 py-2">{leftLabel}</div>
        <div className="border-l border-slate-200 px-4 py-2">{rightLabel}</div>
      </div>
      <div role="table" aria-label="The two texts, passage by passage">
        <div role="row" className="sr-only">
          <span role="columnheader">{leftLabel}</span>
          <span role="columnheader">{rightLabel}</span>
        </div>
        {rows.map((row, i) => (
          <div role="row" key={i} className="grid border-b border-slate-100 last:border-b-0 md:grid-cols-2" data-testid="split-row">
            <div role="cell" className={cell} data-side="from">
              <span className="mb-1 block font-sans text-xs font-semibold text-slate-600 md:hidden">{leftLabel}</span>
              <DiffPieces pieces={row.left} idPrefix={leftIdPrefix} seen={firstOnLeft} />
            </div>
            <div role="cell" className={`${cell} border-slate-200 md:border-l`} data-side="to">
              <span className="mb-1 block font-sans text-xs font-semibold text-slate-600 md:hidden">{rightLabel}</span>
              <DiffPieces pieces={row.right} idPrefix={rightIdPrefix} seen={firstOnRight} />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

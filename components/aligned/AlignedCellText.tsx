import type { AlignedCell, FramingDiff } from "@/lib/compare/types";
import { WordDiff } from "../WordDiff";

interface AlignedCellTextProps {
  cell: AlignedCell;
  /** The framing diff from the row's anchor to this cell; absent for the anchor itself. */
  diff: FramingDiff | undefined;
  anchorLabel: string;
  /** Set when this statement alone reported the claim among the primary statements (AlignedRow.soleReporter). */
  soleReporterLabel?: string;
}

function SoleReporter({ label }: { label: string }) {
  return (
    <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600" data-testid="sole-reporter">
      only {label} reported this
    </p>
  );
}

/** A claim as one party worded it, with the words that differ from the row's anchor marked. */
export function AlignedCellText({ cell, diff, anchorLabel, soleReporterLabel }: AlignedCellTextProps) {
  if (!diff) {
    return (
      <div>
        <p>{cell.text}</p>
        {soleReporterLabel ? <SoleReporter label={soleReporterLabel} /> : <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">anchor wording</p>}
      </div>
    );
  }
  if (diff.status === "diffed") {
    return (
      <div>
        <p>
          <WordDiff parts={diff.parts} />
        </p>
        {soleReporterLabel && <SoleReporter label={soleReporterLabel} />}
      </div>
    );
  }
  return (
    <div>
      <p>{cell.text}</p>
      <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">
        {diff.status === "identical" ? `same wording as ${anchorLabel}` : `rephrased entirely from ${anchorLabel}`}
      </p>
      {soleReporterLabel && <SoleReporter label={soleReporterLabel} />}
    </div>
  );
}

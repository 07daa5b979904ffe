import { Fragment } from "react";
import type { AlignedCell, FramingDiff } from "@/lib/compare/types";
import type { AnnotationView } from "@/lib/data/annotations";
import { AnnotatedText } from "../annotations/AnnotatedText";
import { WordDiff } from "../WordDiff";

interface AlignedCellTextProps {
  cell: AlignedCell;
  /** The framing diff from the row's anchor to this cell; absent for the anchor itself. */
  diff: FramingDiff | undefined;
  anchorLabel: string;
  /** Set when this statement alone reported the claim among the primary statements (AlignedRow.soleReporter). */
  soleReporterLabel?: string;
  /** The other statements that hold the claim (secondary sources: news reports), by label; none when it is alone. */
  soleReporterAlsoIn?: string[];
  /** The statement's annotations: their words are highlighted where the cell shows the text as written. */
  annotations?: AnnotationView[];
}

/**
 * The cell's text with annotated words marked. The cell text is its spans' texts joined by one space
 * (AlignedCell.text), so each span is rendered at its own offset into the statement; when the lengths do not add
 * up (never expected) the plain text is shown rather than a misplaced mark.
 */
function CellText({ cell, annotations = [] }: { cell: AlignedCell; annotations?: AnnotationView[] }) {
  const lengths = cell.spans.map((span) => span.end - span.start);
  const fits = lengths.reduce((sum, n) => sum + n, 0) + Math.max(0, cell.spans.length - 1) === cell.text.length;
  const inCell = annotations.filter((a) => !a.orphaned && cell.spans.some((span) => a.start < span.end && a.end > span.start));
  if (inCell.length === 0 || !fits) return <p>{cell.text}</p>;
  // Where each span's text starts in the cell text: after the previous spans and one joining space each.
  const starts = lengths.map((_, i) => lengths.slice(0, i).reduce((sum, n) => sum + n + 1, 0));
  return (
    <div data-testid="annotated-cell">
      {cell.spans.map((span, i) => {
        const text = cell.text.slice(starts[i], starts[i] + lengths[i]);
        return (
          <Fragment key={span.start}>
            {i > 0 && " "}
            <AnnotatedText text={text} offset={span.start} annotations={inCell} numbers={new Map(annotations.map((a, n) => [a.id, n + 1]))} className="inline" />
          </Fragment>
        );
      })}
    </div>
  );
}

/**
 * "only X reported this", or where secondary sources hold the claim too, "only X among the parties reported this; also
 * in Y": the row's one primary reporter is not its only reporter (tester 39 found "only X reported this" beside a news
 * report with the same text).
 */
function SoleReporter({ label, alsoIn = [] }: { label: string; alsoIn?: string[] }) {
  return (
    <p className="cell-note" data-testid="sole-reporter">
      {alsoIn.length ? `only ${label} among the parties reported this; also in ${alsoIn.join(", ")}` : `only ${label} reported this`}
    </p>
  );
}

/** A claim as one party worded it, with the words that differ from the row's anchor marked. */
export function AlignedCellText({ cell, diff, anchorLabel, soleReporterLabel, soleReporterAlsoIn, annotations }: AlignedCellTextProps) {
  if (!diff) {
    return (
      <div>
        <CellText cell={cell} annotations={annotations} />
        {soleReporterLabel ? <SoleReporter label={soleReporterLabel} alsoIn={soleReporterAlsoIn} /> : <p className="cell-note">anchor wording</p>}
      </div>
    );
  }
  if (diff.status === "diffed") {
    return (
      <div>
        <p>
          <WordDiff parts={diff.parts} />
        </p>
        {soleReporterLabel && <SoleReporter label={soleReporterLabel} alsoIn={soleReporterAlsoIn} />}
      </div>
    );
  }
  return (
    <div>
      <CellText cell={cell} annotations={annotations} />
      <p className="cell-note">
        {diff.status === "identical" ? `same wording as ${anchorLabel}` : `rephrased entirely from ${anchorLabel}`}
      </p>
      {soleReporterLabel && <SoleReporter label={soleReporterLabel} alsoIn={soleReporterAlsoIn} />}
    </div>
  );
}

import type { AnnotationView } from "@/lib/data/annotations";
import { truncateToGraphemes } from "@/lib/text/graphemes";
import { VerdictBadge } from "../annotations/VerdictBadge";

/** Fact-check notes whose words fall inside an aligned cell, linking to the full note under the statement. */
export function CellAnnotations({ annotations }: { annotations: AnnotationView[] }) {
  if (annotations.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 font-sans text-xs">
      {annotations.map((annotation) => (
        <li key={annotation.id} data-testid="cell-annotation" className="flex flex-wrap items-baseline gap-1.5">
          <VerdictBadge verdict={annotation.verdict} />
          <a href={`#annotation-${annotation.id}`} className="text-slate-800 underline decoration-slate-400 underline-offset-2">
            “{annotation.exact.length > 60 ? `${truncateToGraphemes(annotation.exact, 59)}…` : annotation.exact}”: {annotation.note}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Anchored annotations overlapping any of the spans (offsets into the same statement text). */
export function annotationsInSpans(annotations: AnnotationView[], spans: { start: number; end: number }[]): AnnotationView[] {
  return annotations.filter((a) => !a.orphaned && spans.some((span) => a.start < span.end && a.end > span.start));
}

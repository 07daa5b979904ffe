import type { AnnotationView } from "@/lib/data/annotations";
import { verdictStyle } from "./VerdictBadge";

interface AnnotationBadgesProps {
  annotations: Pick<AnnotationView, "id" | "verdict" | "verdictLabel" | "note" | "orphaned">[];
  /** Prefix of the AnnotationList item ids the badges link to. */
  idPrefix?: string;
}

/**
 * A compact row of verdict chips for a statement or a cell (e.g. in a column header of the aligned view), each
 * linking to its entry in an AnnotationList rendered with the same idPrefix. Renders nothing without annotations.
 */
export function AnnotationBadges({ annotations, idPrefix = "annotation-" }: AnnotationBadgesProps) {
  if (annotations.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={`${annotations.length} fact-check annotation${annotations.length === 1 ? "" : "s"}`}>
      {annotations.map((annotation) => (
        <li key={annotation.id}>
          <a
            href={`#${idPrefix}${annotation.id}`}
            title={annotation.note}
            className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ring-1 focus:outline-2 focus:outline-blue-700 ${verdictStyle(annotation.verdict).badge}`}
          >
            {annotation.verdictLabel}
            {annotation.orphaned && " (orphaned)"}
          </a>
        </li>
      ))}
    </ul>
  );
}

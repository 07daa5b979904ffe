import type { AnnotationView } from "@/lib/data/annotations";
import { annotationNumbers } from "./AnnotatedText";
import { VerdictBadge } from "./VerdictBadge";

interface AnnotationListProps {
  annotations: AnnotationView[];
  /** Heading text; pass null to leave the heading out. */
  heading?: string | null;
  numbers?: Map<number, number>;
  idPrefix?: string;
  /** Extra controls per annotation (e.g. a delete button for editors). */
  actions?: (annotation: AnnotationView) => React.ReactNode;
}

/**
 * The fact-check notes on a statement: number, verdict, quoted words, note, sources. Orphaned annotations (their
 * words are no longer in the text) are kept and listed under their own heading.
 */
export function AnnotationList({ annotations, heading = "Fact-check annotations", numbers, idPrefix = "annotation-", actions }: AnnotationListProps) {
  const footnotes = numbers ?? annotationNumbers(annotations);
  const anchored = annotations.filter((a) => !a.orphaned);
  const orphaned = annotations.filter((a) => a.orphaned);
  const item = (annotation: AnnotationView) => (
    <li
      key={annotation.id}
      id={`${idPrefix}${annotation.id}`}
      data-testid="annotation"
      data-orphaned={annotation.orphaned || undefined}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm target:ring-2 target:ring-blue-700"
    >
      <p className="flex flex-wrap items-center gap-2">
        {!annotation.orphaned && <span className="font-semibold text-slate-700">[{footnotes.get(annotation.id)}]</span>}
        <VerdictBadge verdict={annotation.verdict} />
        {annotation.orphaned && (
          <span className="rounded bg-slate-800 px-1.5 py-0.5 text-xs font-semibold text-white">Orphaned: the quoted words are no longer in the text</span>
        )}
      </p>
      <blockquote className="mt-2 border-l-4 border-slate-300 pl-2 font-serif italic text-slate-800">“{annotation.exact}”</blockquote>
      <p className="mt-2 whitespace-pre-wrap text-slate-900">{annotation.note}</p>
      {annotation.sources.length > 0 && (
        <ul className="mt-2 space-y-0.5" aria-label="Sources">
          {annotation.sources.map((source) => (
            <li key={source}>
              <a href={source} rel="noreferrer noopener nofollow" className="break-all text-blue-800 underline">
                {source}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-600">
        {annotation.editorName ? `By ${annotation.editorName}, ` : ""}
        <time dateTime={annotation.createdAt}>{annotation.createdAt.slice(0, 10)}</time>
        {annotation.editedAt && (
          <span data-testid="annotation-edited">
            {"; edited "}
            {annotation.editedByName ? `by ${annotation.editedByName}, ` : ""}
            <time dateTime={annotation.editedAt}>{annotation.editedAt.slice(0, 10)}</time>
          </span>
        )}
      </p>
      {actions?.(annotation)}
    </li>
  );
  return (
    <section aria-label={heading ?? "Fact-check annotations"} data-testid="annotation-list">
      {heading && <h2 className="text-lg font-semibold">{heading}</h2>}
      {annotations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No annotations yet.</p>
      ) : (
        <>
          <ol className="mt-2 space-y-2">{anchored.map(item)}</ol>
          {orphaned.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold text-slate-800">Orphaned annotations</h3>
              <ul className="mt-2 space-y-2">{orphaned.map(item)}</ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

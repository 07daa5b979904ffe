import type { AnnotationView } from "@/lib/data/annotations";
import { splitByHighlights } from "@/lib/text/anchoring";
import { ParagraphText } from "./ParagraphText";
import { verdictStyle } from "./VerdictBadge";

interface AnnotatedTextProps {
  text: string;
  /** The statement's annotations; orphaned ones are not highlighted (list them with AnnotationList). */
  annotations: Pick<AnnotationView, "id" | "start" | "end" | "verdict" | "verdictLabel" | "note" | "orphaned">[];
  language?: string;
  className?: string;
  /** Footnote numbers by annotation id (defaults to 1, 2, 3… in the given order); AnnotationList uses the same. */
  numbers?: Map<number, number>;
  /** Prefix for the links to the annotation list items (`#${idPrefix}${id}`). */
  idPrefix?: string;
  /**
   * Where `text` starts in the statement body, when rendering a part of it (e.g. one aligned cell's span:
   * text={body.slice(span.start, span.end)} offset={span.start}). Annotations are shifted and clipped to the part.
   */
  offset?: number;
}

export function annotationNumbers(annotations: { id: number }[]): Map<number, number> {
  return new Map(annotations.map((a, i) => [a.id, i + 1]));
}

/**
 * A statement's text with its anchored annotations highlighted as <mark>s (overlaps nest), each followed by its
 * footnote number. The text is rendered exactly (whitespace: pre-wrap) and the footnote numbers are CSS generated
 * content, so the element's textContent equals `text` — offsets of a selection in it are offsets into the statement.
 * Paragraphs are set apart by a gap (ParagraphText), still without changing the text.
 * Text is always escaped (React), so markup in a statement is shown, never run.
 */
export function AnnotatedText({ text, annotations, language, className = "", numbers, idPrefix = "annotation-", offset = 0 }: AnnotatedTextProps) {
  const anchored = annotations
    .filter((a) => !a.orphaned && a.end > offset && a.start < offset + text.length)
    .map((a) => ({ ...a, start: Math.max(0, a.start - offset), end: Math.min(text.length, a.end - offset) }));
  const byId = new Map(anchored.map((a) => [a.id, a]));
  const footnotes = numbers ?? annotationNumbers(annotations);
  const pieces = splitByHighlights(text, anchored);
  return (
    <div lang={language} data-annotated-text className={`whitespace-pre-wrap break-words ${className}`}>
      {pieces.map((piece) => {
        if (piece.ids.length === 0)
          return (
            <span key={piece.start}>
              <ParagraphText text={piece.text} />
            </span>
          );
        const top = byId.get(piece.ids[piece.ids.length - 1])!;
        const endsHere = piece.ids.filter((id) => byId.get(id)!.end === piece.start + piece.text.length);
        return (
          <span key={piece.start}>
            <mark
              className={`rounded-sm text-inherit underline decoration-2 underline-offset-2 ${verdictStyle(top.verdict).mark}`}
              data-annotation-ids={piece.ids.join(" ")}
              title={piece.ids.map((id) => `${byId.get(id)!.verdictLabel}: ${byId.get(id)!.note}`).join("\n")}
            >
              <ParagraphText text={piece.text} />
            </mark>
            {endsHere.map((id) => (
              <a
                key={id}
                href={`#${idPrefix}${id}`}
                aria-label={`Annotation ${footnotes.get(id) ?? ""}: ${byId.get(id)!.verdictLabel}`}
                data-footnote={`[${footnotes.get(id) ?? "•"}]`}
                className="align-super text-[0.7em] font-sans font-semibold text-blue-800 no-underline select-none after:content-[attr(data-footnote)] focus:outline-2 focus:outline-blue-700"
              />
            ))}
          </span>
        );
      })}
    </div>
  );
}

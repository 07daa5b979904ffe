import { Fragment } from "react";

/**
 * Text shown as stored (whitespace: pre-wrap) with a visible gap between paragraphs: each run of line breaks is kept
 * as text — so the element's textContent, and offsets of a selection in it, still equal the statement's — but sits in
 * a block of fixed height (about half a line), so a new paragraph is set apart instead of starting on the next line.
 */
export function ParagraphText({ text }: { text: string }) {
  const parts = text.split(/(\n+)/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} data-paragraph-break className="block h-3 overflow-hidden" aria-hidden="true">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

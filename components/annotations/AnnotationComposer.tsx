"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createAnnotationAction } from "@/app/editor/actions";
import { FormMessage, SubmitButton } from "@/components/editor/fields";
import { AnnotationJudgementFields } from "./AnnotationJudgementFields";
import { IDLE } from "@/lib/editorial/form-state";

interface Selection {
  start: number;
  end: number;
  exact: string;
}

/** Offset of a range boundary in the container's text (textContent equals the statement text; see AnnotatedText). */
function offsetIn(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

interface AnnotationComposerProps {
  statementId: number;
  version: number;
  text: string;
  children: React.ReactNode;
}

/**
 * Select words in the statement (mouse or keyboard), then give a verdict, a note and sources. The selection is sent
 * as offsets plus the quoted words; the server checks both against the stored text of this version.
 */
export function AnnotationComposer({ statementId, version, text, children }: AnnotationComposerProps) {
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [state, action] = useActionState(createAnnotationAction, IDLE);

  useEffect(() => {
    const onChange = () => {
      const root = container.current;
      const current = document.getSelection();
      if (!root || !current || current.rangeCount === 0 || current.isCollapsed) return;
      const range = current.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      let start = offsetIn(root, range.startContainer, range.startOffset);
      let end = offsetIn(root, range.endContainer, range.endOffset);
      // Trim surrounding whitespace so the quote is exactly the words.
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (start < end) setSelection({ start, end, exact: text.slice(start, end) });
    };
    document.addEventListener("selectionchange", onChange);
    // Tells browser tests (and scripts) that selecting now reaches the composer.
    container.current?.setAttribute("data-ready", "");
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text]);

  useEffect(() => {
    if (state.status === "success") setSelection(null); // eslint-disable-line react-hooks/set-state-in-effect
  }, [state]);

  return (
    <div className="space-y-4">
      <div ref={container}>{children}</div>
      <section aria-labelledby="annotate-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <h2 id="annotate-heading" className="font-semibold">
          Annotate a claim
        </h2>
        <FormMessage state={state} />
        {!selection ? (
          <p className="mt-1 text-sm text-slate-700" data-testid="annotate-hint">
            Select words in the statement above to fact-check them.
          </p>
        ) : (
          <form action={action} className="mt-2 space-y-3" aria-label="New annotation">
            <p className="text-sm text-slate-800">
              Selected: <q className="font-serif italic" data-testid="selected-quote">{selection.exact}</q>
            </p>
            <input type="hidden" name="statementId" value={statementId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="start" value={selection.start} />
            <input type="hidden" name="end" value={selection.end} />
            <input type="hidden" name="exact" value={selection.exact} />
            <AnnotationJudgementFields state={state} />
            <div className="flex gap-3">
              <SubmitButton>Save annotation</SubmitButton>
              <button type="button" onClick={() => setSelection(null)} className="rounded px-3 py-2 text-sm text-slate-800 underline focus:outline-2 focus:outline-blue-700">
                Cancel
              </button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}

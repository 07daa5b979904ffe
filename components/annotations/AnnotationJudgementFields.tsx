"use client";

import { Field } from "@/components/editor/fields";
import type { FormState } from "@/lib/editorial/form-state";
import { VERDICTS, VERDICT_LABELS } from "@/lib/domain/kinds";

const VERDICT_OPTIONS = VERDICTS.map((v) => [v, VERDICT_LABELS[v]] as const);

interface AnnotationJudgementFieldsProps {
  state: FormState;
  /** Ids must be unique on the page: the composer and every annotation's edit form get their own prefix. */
  idPrefix?: string;
  defaults?: { verdict: string; note: string; sources: string[] };
}

/** Verdict, note and source links: what an editor judges about the quoted words, when annotating or editing. */
export function AnnotationJudgementFields({ state, idPrefix, defaults }: AnnotationJudgementFieldsProps) {
  return (
    <>
      <Field state={state} idPrefix={idPrefix} name="verdict" label="Verdict" required choose="Choose a verdict…" options={VERDICT_OPTIONS} defaultValue={defaults?.verdict} />
      <Field state={state} idPrefix={idPrefix} name="note" label="Note" required multiline rows={3} defaultValue={defaults?.note} />
      <Field
        state={state}
        idPrefix={idPrefix}
        name="sources"
        label="Source links"
        hint="One or more http(s) links, one per line."
        required
        multiline
        rows={2}
        defaultValue={defaults?.sources.join("\n")}
      />
    </>
  );
}

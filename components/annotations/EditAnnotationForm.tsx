"use client";

import { useActionState } from "react";
import { updateAnnotationAction } from "@/app/editor/actions";
import { FormMessage, SubmitButton, valueOf } from "@/components/editor/fields";
import type { AnnotationView } from "@/lib/data/annotations";
import { IDLE } from "@/lib/editorial/form-state";
import { AnnotationConflictPanel } from "./AnnotationConflictPanel";
import { AnnotationJudgementFields } from "./AnnotationJudgementFields";

/** Editors only: change an annotation's verdict, note or sources in place (the quoted words stay anchored). */
export function EditAnnotationForm({ annotation }: { annotation: AnnotationView }) {
  const [state, action] = useActionState(updateAnnotationAction, IDLE);
  return (
    <details className="mt-2" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-xs font-semibold text-blue-800 underline focus:outline-2 focus:outline-blue-700">
        Edit annotation
      </summary>
      <form action={action} aria-label={`Edit annotation ${annotation.id}`} className="mt-2 space-y-3">
        <FormMessage state={state} />
        <AnnotationConflictPanel state={state} />
        <input type="hidden" name="id" value={annotation.id} />
        {/* After a conflict or a save the form builds on the version now stored. */}
        <input type="hidden" name="version" value={valueOf(state, "version", String(annotation.version))} />
        <AnnotationJudgementFields state={state} idPrefix={`annotation-${annotation.id}-`} defaults={annotation} />
        <SubmitButton>Save changes</SubmitButton>
      </form>
    </details>
  );
}

"use client";

import { useActionState } from "react";
import { importBundleAction } from "@/app/editor/actions";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, FormMessage, SubmitButton } from "./fields";
import { FileField } from "./FileField";

export function ImportForm() {
  const [state, action] = useActionState(importBundleAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Import a JSON bundle">
      <FormMessage state={state} />
      <FileField state={state} id="field-file" label="Bundle file (.json, at most 5 MB)" accept=".json,application/json" />
      <Field
        state={state}
        name="json"
        label="…or paste the bundle"
        hint="An object with “parties” and “events”; see docs/import-format.md."
        multiline
        rows={10}
      />
      <SubmitButton>Import bundle</SubmitButton>
    </form>
  );
}

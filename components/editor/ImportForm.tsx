"use client";

import { useActionState } from "react";
import { importBundleAction } from "@/app/editor/actions";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, fieldError, FormMessage, inputClass, SubmitButton } from "./fields";
import { guardFileSize } from "./file-size-guard";

export function ImportForm() {
  const [state, action] = useActionState(importBundleAction, IDLE);
  const fileError = fieldError(state, "file");
  return (
    <form action={action} className="space-y-4" aria-label="Import a JSON bundle">
      <FormMessage state={state} />
      <div>
        <label htmlFor="field-file" className="block text-sm font-semibold text-slate-800">
          Bundle file (.json, at most 5 MB)
        </label>
        <input
          id="field-file"
          name="file"
          type="file"
          onChange={guardFileSize}
          accept=".json,application/json"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "field-file-error" : undefined}
          className={inputClass}
        />
        {fileError && (
          <p id="field-file-error" className="mt-1 text-sm font-medium text-rose-800">
            {fileError}
          </p>
        )}
      </div>
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

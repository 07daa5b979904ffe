"use client";

import type { FormState } from "@/lib/editorial/form-state";
import { fieldError, inputClass } from "./fields";
import { guardFileSize } from "./file-size-guard";

interface FileFieldProps {
  /** The form's last answer: its `file` error is shown under the input and linked to it. */
  state: FormState;
  /** The input's id; its error paragraph is `<id>-error`. */
  id: string;
  label: string;
  /** The file types offered by the browser's picker (extensions and media types). */
  accept: string;
  required?: boolean;
}

/**
 * The upload forms' file input (name "file"): label, the server's error for it, and the browser-side size guard
 * (file-size-guard.ts), so a file too large for the server to read is refused before the form is sent.
 */
export function FileField({ state, id, label, accept, required = false }: FileFieldProps) {
  const error = fieldError(state, "file");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name="file"
        type="file"
        required={required}
        onChange={guardFileSize}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}

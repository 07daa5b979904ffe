"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/editorial/form-state";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-blue-700 aria-[invalid=true]:border-rose-700";

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}

/** The value to show: what the editor just submitted, else the stored value. */
export function valueOf(state: FormState, name: string, fallback: string | null | undefined = ""): string {
  return state.values?.[name] ?? fallback ?? "";
}

interface FieldProps {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | null;
  required?: boolean;
  type?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  options?: readonly (readonly [string, string])[];
  /**
   * With options: a first, empty option with this text ("Choose a verdict…"), selected when there is no default,
   * so nothing is pre-selected silently. Pair with `required`: the browser and the form's zod schema both refuse "".
   */
  choose?: string;
  placeholder?: string;
  className?: string;
  /** Element ids are `${idPrefix}${name}`; give each form its own prefix when several share a page. */
  idPrefix?: string;
}

/** A labelled input, textarea or select with its hint and its error (linked by aria-describedby). */
export function Field({ state, name, label, hint, defaultValue, required, type = "text", multiline, rows = 4, maxLength, options, choose, placeholder, className, idPrefix = "field-" }: FieldProps) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: inputClass,
    defaultValue: valueOf(state, name, defaultValue),
  };
  // Re-mount when the submitted value comes back so the field shows it.
  const key = `${name}:${valueOf(state, name, defaultValue)}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required && <span className="font-normal text-slate-600"> (required)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {options ? (
        <select key={key} {...common}>
          {choose && <option value="">{choose}</option>}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea key={key} {...common} rows={rows} maxLength={maxLength} placeholder={placeholder} />
      ) : (
        <input key={key} {...common} type={type} maxLength={maxLength} placeholder={placeholder} />
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}

const FIELD_LABELS: Record<string, string> = {
  body: "Text",
  file: "File",
  json: "Bundle",
  partyId: "Party",
  sourceName: "Source",
  sourceUrl: "Link to the source",
  publishedOn: "Published on",
  occurredOn: "Date",
  provenanceNote: "Provenance note",
  shortName: "Short name",
  exact: "Selection",
  sources: "Source links",
  confirm: "Confirmation",
  _form: "Form",
};

function labelFor(key: string): string {
  return FIELD_LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** The form-level message: errors are announced (aria-live), every field error is listed with a link to the field. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status" data-testid="form-message">
      {state.status === "error" && (
        <div className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-rose-950">
          <p className="font-semibold">{state.message}</p>
          {Object.entries(state.fieldErrors).filter(([key]) => !key.includes(".")).length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {Object.entries(state.fieldErrors)
                .filter(([key]) => !key.includes("."))
                .map(([key, message]) => (
                  <li key={key}>
                    <a href={`#field-${key}`} className="underline">
                      {labelFor(key)}
                    </a>
                    : {message}
                  </li>
                ))}
            </ul>
          )}
          {state.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="problems">
              {state.problems.map((problem, i) => (
                <li key={i}>
                  <code className="break-all">{problem}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.status === "success" && (
        <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          <p className="font-semibold">{state.message}</p>
          {state.links && (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {state.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: "primary" | "danger" }) {
  const { pending } = useFormStatus();
  const colours = tone === "danger" ? "bg-rose-800 hover:bg-rose-900" : "bg-slate-900 hover:bg-slate-700";
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded px-4 py-2 text-sm font-semibold text-white ${colours} focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 disabled:opacity-60`}
    >
      {pending ? "Working…" : children}
    </button>
  );
}

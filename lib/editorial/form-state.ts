import type { DiffPart } from "../compare/types";
import type { AnnotationConflict, Conflict, Failure } from "./result";

/** The state a server action hands back to its form (useActionState): serialisable, typed. */
export type FormState =
  | { status: "idle"; values?: Record<string, string> }
  | {
      status: "error";
      kind: Failure["status"];
      message: string;
      fieldErrors: Record<string, string>;
      problems: string[];
      /** What the editor typed, so nothing is lost when the form is shown again. */
      values: Record<string, string>;
      conflict?: Conflict & { parts: DiffPart[] | null };
      annotationConflict?: AnnotationConflict;
    }
  | { status: "success"; message: string; values?: Record<string, string>; links?: { href: string; label: string }[] };

export const IDLE: FormState = { status: "idle" };

export function errorState(failure: Failure, values: Record<string, string>, parts?: DiffPart[] | null): FormState {
  return {
    status: "error",
    kind: failure.status,
    message: failure.message,
    fieldErrors: failure.fieldErrors ?? {},
    problems: failure.problems ?? [],
    values,
    conflict: failure.conflict ? { ...failure.conflict, parts: parts ?? null } : undefined,
    annotationConflict: failure.annotationConflict,
  };
}

/** Text fields of a FormData (files left out). */
export function textValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}
